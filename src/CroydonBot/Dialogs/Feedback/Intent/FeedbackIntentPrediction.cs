using Microsoft.ML.Data;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>What the model says about a message: the likeliest label and a probability per label.</summary>
public sealed class FeedbackIntentPrediction
{
    [ColumnName("PredictedLabel")]
    public string Label { get; set; } = "";

    /// <summary>Probabilities in the order of the model's label slots.</summary>
    public float[] Score { get; set; } = [];
}
