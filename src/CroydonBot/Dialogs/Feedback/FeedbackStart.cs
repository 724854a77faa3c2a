namespace CroydonBot.Dialogs.Feedback;

/// <summary>How the feedback conversation was started: with the feedback already typed, or not.</summary>
public sealed record FeedbackStart(string? Message, bool IsAmbassador);
