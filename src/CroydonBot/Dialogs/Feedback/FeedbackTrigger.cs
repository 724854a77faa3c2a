namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Why a message starts the feedback conversation: <see cref="Message"/> is the feedback already in it
/// (offered back as "Shall I send this?"), null for a plain "feedback".
/// </summary>
public sealed record FeedbackTrigger(string? Message, bool IsAmbassador);
