namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// The questions of the feedback conversation, in the order it asks them (dialogs/feedback.yaml), and last the
/// confirmation that it was sent.
/// </summary>
public enum FeedbackStep
{
    Topic,
    Message,
    Ambassador,
    WantsReply,
    ContactMethod,
    Contact,
    Consent,
    Summary,
    Sent,
}
