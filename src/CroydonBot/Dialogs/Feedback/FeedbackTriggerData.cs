namespace CroydonBot.Dialogs.Feedback;

/// <summary>The triggers section of dialogs/feedback.yaml. Which other messages are feedback is learned (dialogs/feedback-intent/).</summary>
public sealed class FeedbackTriggerData
{
    /// <summary>Whole messages that start the conversation: commands and buttons.</summary>
    public List<string> Start { get; set; } = [];

    /// <summary>Patterns of feedback with a label in front ("suggestion: ..."): the group "message" is what is offered.</summary>
    public List<string> Labelled { get; set; } = [];

    /// <summary>Patterns that say the sender is a young ambassador.</summary>
    public List<string> Ambassador { get; set; } = [];
}
