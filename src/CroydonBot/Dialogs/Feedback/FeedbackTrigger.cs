namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Why a message is about feedback. <see cref="Starts"/>: it starts the feedback conversation, with
/// <see cref="Message"/> the feedback already in it (offered back as "Shall I send this?"), or null for a plain
/// "feedback". Not <see cref="Starts"/>: it asks about feedback, so it is answered and offered the button.
/// </summary>
public sealed record FeedbackTrigger(string? Message, bool IsAmbassador, bool Starts = true);
