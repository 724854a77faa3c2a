namespace CroydonBot.Dialogs.Feedback;

/// <summary>The triggers section of dialogs/feedback.yaml.</summary>
public sealed class FeedbackTriggerData
{
    /// <summary>Whole messages that start the conversation.</summary>
    public List<string> Start { get; set; } = [];

    /// <summary>Patterns of questions about feedback or complaints: these go to the knowledge base.</summary>
    public List<string> NotFeedback { get; set; } = [];

    /// <summary>Patterns of messages that already hold feedback and ask for it to be passed on.</summary>
    public List<string> Offer { get; set; } = [];

    /// <summary>Patterns of statements that something is wrong with a service.</summary>
    public List<string> Complaints { get; set; } = [];

    /// <summary>Patterns that say the sender is a young ambassador.</summary>
    public List<string> Ambassador { get; set; } = [];
}
