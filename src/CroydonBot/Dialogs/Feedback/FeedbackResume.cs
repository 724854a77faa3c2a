namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Starts the feedback conversation again with the answers of one stopped a message ago, and what else the message
/// that wanted it back said (<paramref name="Rest"/>: "... she cancelled on me four times"), if anything.
/// </summary>
public sealed record FeedbackResume(IReadOnlyDictionary<string, string> Values, string? Rest = null);
