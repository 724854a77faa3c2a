namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// The answers a test gives on its way to the question it is about: one for each question of the feedback
/// conversation, the usual ones unless the test names its own. A "no" to a reply leaves out the way to reply and
/// its contact, and "Here in this chat" the contact, as the dialog does.
/// </summary>
public sealed record FeedbackWalk
{
    /// <summary>The usual way through: housing, a message, not an ambassador, a reply by email, consent.</summary>
    public static readonly FeedbackWalk Usual = new();

    /// <summary>The usual way through, wanting no reply: not an ambassador, no, consent.</summary>
    public static readonly FeedbackWalk NoReply = new() { WantsReply = "no" };

    /// <summary>What starts the feedback conversation.</summary>
    public string Start { get; init; } = "give feedback";

    public string Topic { get; init; } = "housing";

    public string Message { get; init; } = "The heating in my flat has been broken for weeks.";

    public string Ambassador { get; init; } = "no";

    public string WantsReply { get; init; } = "yes";

    public string ContactMethod { get; init; } = "Email";

    public string Contact { get; init; } = "me@example.com";

    public string Consent { get; init; } = "yes";

    /// <summary>The answer at the summary.</summary>
    public string Summary { get; init; } = "Send it";

    /// <summary>The answer this walk gives to a question.</summary>
    public string AnswerTo(FeedbackStep step) => step switch
    {
        FeedbackStep.Topic => Topic,
        FeedbackStep.Message => Message,
        FeedbackStep.Ambassador => Ambassador,
        FeedbackStep.WantsReply => WantsReply,
        FeedbackStep.ContactMethod => ContactMethod,
        FeedbackStep.Contact => Contact,
        FeedbackStep.Consent => Consent,
        _ => Summary,
    };

    /// <summary>True when this walk's earlier answers mean the dialog never asks the question.</summary>
    public bool Skips(FeedbackStep step) => step switch
    {
        FeedbackStep.ContactMethod => !WantsAReply,
        FeedbackStep.Contact => !WantsAReply || Method("chat") || Method("here"),
        _ => false,
    };

    /// <summary>Words only that question says, to check it is the one asked.</summary>
    public string QuestionAt(FeedbackStep step) => step switch
    {
        FeedbackStep.Topic => "What is your feedback about?",
        FeedbackStep.Message => "What would you like to tell the council?",
        FeedbackStep.Ambassador => "Are you a young ambassador?",
        FeedbackStep.WantsReply => "Would you like someone from the council to reply",
        FeedbackStep.ContactMethod => "How would you like them to reply?",
        FeedbackStep.Contact when Method("phone") || Method("text") => "What phone number should they use?",
        FeedbackStep.Contact when Method("adviser") || Method("pa") => "What's your personal adviser's name",
        FeedbackStep.Contact => "What email address should they use?",
        FeedbackStep.Consent => "Is it OK for them to share it",
        FeedbackStep.Summary => "Shall I send it?",
        _ => "Your feedback has been sent. Your reference is FB-",
    };

    private bool WantsAReply => WantsReply.Trim().ToLowerInvariant() is "yes" or "yeah" or "yep" or "ye" or "y";

    private bool Method(string word) => ContactMethod.ToLowerInvariant().Split(' ').Contains(word);
}
