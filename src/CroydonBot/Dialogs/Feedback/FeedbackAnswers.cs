namespace CroydonBot.Dialogs.Feedback;

/// <summary>What the young person answered, ready to store. Contact is only set when they chose to give it.</summary>
public sealed record FeedbackAnswers(
    string Topic,
    string Message,
    bool IsAmbassador,
    bool WantsReply,
    string? ContactMethod,
    string? Contact,
    bool ConsentToShare);
