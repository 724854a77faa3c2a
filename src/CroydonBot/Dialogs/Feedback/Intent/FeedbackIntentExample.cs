namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>One labelled message: a row the model is trained on, and the input it predicts from.</summary>
public sealed class FeedbackIntentExample
{
    public string Label { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>How much the example counts in training: each label counts as much as each other in all.</summary>
    public float Weight { get; set; } = 1;
}
