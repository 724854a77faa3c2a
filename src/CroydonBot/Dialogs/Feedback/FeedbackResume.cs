namespace CroydonBot.Dialogs.Feedback;

/// <summary>Starts the feedback conversation again with the answers of one stopped a message ago.</summary>
public sealed record FeedbackResume(IReadOnlyDictionary<string, string> Values);
