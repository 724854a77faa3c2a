using CroydonBot.Dialogs.Prompts;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>dialogs/feedback.yaml: the feedback conversation's triggers, questions, wording and limits.</summary>
public sealed class FeedbackDialogData
{
    public const string File = "feedback.yaml";

    public FeedbackTriggerData Triggers { get; set; } = new();
    public string Intro { get; set; } = "";
    public OfferWording Offer { get; set; } = new();
    public List<FeedbackField> Fields { get; set; } = [];
    public List<string> SkipWords { get; set; } = [];

    /// <summary>Names the bot is called by in a thanks or goodbye ("cheers bot", "bye mate"): never a choice named.</summary>
    public List<string> AddressWords { get; set; } = [];

    /// <summary>The button under an optional question.</summary>
    public string SkipTitle { get; set; } = "Skip";
    public ConfirmWords Confirm { get; set; } = new();
    public CommandWords Commands { get; set; } = new();
    public string Cancelled { get; set; } = "";

    /// <summary>Said before the answer to a question asked in the same message as "cancel".</summary>
    public string CancelledShort { get; set; } = "";

    /// <summary>Said before a question asked again after answering a question asked in between.</summary>
    public string Resume { get; set; } = "";

    /// <summary>Said when feedback given at a choice question is kept as the message, before the question again.</summary>
    public string KeptAsMessage { get; set; } = "";

    /// <summary>Said when an answer to a later question came early and was kept; {answer} is its label and value.</summary>
    public string KeptEarly { get; set; } = "";

    /// <summary>Said in the dialog's next turn after a message in it got the crisis reply: that message is not in the feedback.</summary>
    public string AfterCrisis { get; set; } = "";

    /// <summary>Said when a stopped feedback conversation is wanted back, before the open question again.</summary>
    public string Resumed { get; set; } = "";

    /// <summary>Said when more of the message comes where "Shall I send this as your feedback?" was asked.</summary>
    public string AddedToMessage { get; set; } = "";

    /// <summary>Said when the message was edited at the person's request (<see cref="MessageEdit"/>); {message} is the new message.</summary>
    public string Edited { get; set; } = "";

    /// <summary>Said when a request to take something out of the message names nothing found in it.</summary>
    public string EditNotFound { get; set; } = "";

    /// <summary>Marks a short change joined to the message, when it cannot say which words it replaces.</summary>
    public string EditChangeLabel { get; set; } = "";

    /// <summary>Said when "send it" comes before every question is answered, before the open question again.</summary>
    public string NotYet { get; set; } = "";

    /// <summary>Questions and wishes about the feedback itself ("can this be anonymous?"), answered in the dialog's own words.</summary>
    public List<AboutTheFeedbackEntry> AboutTheFeedback { get; set; } = [];

    /// <summary>
    /// Said to thanks or goodbye while a question is open: the feedback is kept, unsent, and the person is told so,
    /// since a goodbye after "send it" often means they think it has gone.
    /// </summary>
    public string LeftOpen { get; set; } = "";

    /// <summary>
    /// Words that say what the dialog is doing, not what the feedback is about ("complain", "suggestion"): left out
    /// when a question asked in the middle is read against the feedback's subject.
    /// </summary>
    public List<string> NotTheSubject { get; set; } = [];

    /// <summary>Said when a reply was wanted but no way to reply was given; {how} is filled in.</summary>
    public string NoWayToReply { get; set; } = "";

    /// <summary>What each reply route needs, in words ("an email address"), by the contactMethod value.</summary>
    public Dictionary<string, string> ReplyNeeds { get; set; } = [];

    public List<string> CancelledSuggestions { get; set; } = [];
    public string FirstQuestion { get; set; } = "";
    public string Stuck { get; set; } = "";
    public string StuckButton { get; set; } = "";
    public string HelpSuffix { get; set; } = "";
    public SummaryWording Summary { get; set; } = new();
    public SubmissionWording Submission { get; set; } = new();

    /// <summary>Checks what the code relies on, so a bad edit stops start-up instead of a conversation.</summary>
    public FeedbackDialogData Validate()
    {
        string[] required = ["topic", "message", "ambassador", "wantsReply", "consent"];
        var ids = Fields.Select(f => f.Id).ToList();
        var missing = required.Except(ids).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{File} has no field {string.Join(", ", missing)}.");
        }
        if (ids.Distinct().Count() != ids.Count)
        {
            throw new InvalidDataException($"{File} has two fields with the same id.");
        }
        foreach (var field in Fields.Where(f => f.Type is not ("choice" or "text" or "confirm")))
        {
            throw new InvalidDataException($"{File}: field {field.Id} has unknown type '{field.Type}' (choice, text or confirm).");
        }
        return this;
    }

    /// <summary>One thing people ask or wish about their feedback (anonymity, who reads it), and its answer.</summary>
    public sealed class AboutTheFeedbackEntry
    {
        public List<string> Phrases { get; set; } = [];
        public string Answer { get; set; } = "";
    }

    public sealed class OfferWording
    {
        public string Prompt { get; set; } = "";
        public string Declined { get; set; } = "";
        public List<string> DeclinedSuggestions { get; set; } = [];
    }

    public sealed class CommandWords
    {
        public List<string> Cancel { get; set; } = [];
        public List<string> Help { get; set; } = [];
        public List<string> Back { get; set; } = [];

        /// <summary>Ways of changing one's mind, found inside a short first clause ("nah forget it").</summary>
        public List<string> ChangeOfMind { get; set; } = [];

        /// <summary>Ways of saying "send it now" (politeness and yes words aside), whatever question is open.</summary>
        public List<string> Send { get; set; } = [];

        /// <summary>Words that may lead a yes word and leave it agreement ("thats correct", "its all fine").</summary>
        public List<string> AgreementLeads { get; set; } = [];

        /// <summary>Ways of wanting a just-stopped feedback conversation back ("i do want to send it", "start again").</summary>
        public List<string> Resume { get; set; } = [];

        /// <summary>Politeness around a cancel command that does not change it ("please cancel", "sorry, stop").</summary>
        public List<string> Fillers { get; set; } = [];
    }

    public sealed class SummaryWording
    {
        public string Intro { get; set; } = "";
        public string Prompt { get; set; } = "";
        public string Yes { get; set; } = "yes";
        public string No { get; set; } = "no";
        public string Skipped { get; set; } = "";
        public string SendTitle { get; set; } = "";
        public List<string> SendSynonyms { get; set; } = [];
        public string ChangeTitle { get; set; } = "";
        public List<string> ChangeSynonyms { get; set; } = [];
        public string CancelTitle { get; set; } = "";
        public string RetryPrompt { get; set; } = "";
        public string Help { get; set; } = "";
        public string ChangePrompt { get; set; } = "";
        public List<ChangeOption> Change { get; set; } = [];
    }

    /// <summary>One thing the summary lets the user change, and the answers it clears so they are asked again.</summary>
    public sealed class ChangeOption
    {
        public string Title { get; set; } = "";
        public List<string> Synonyms { get; set; } = [];
        public List<string> Clears { get; set; } = [];
    }

    public sealed class SubmissionWording
    {
        public string Sent { get; set; } = "";
        public List<string> SentSuggestions { get; set; } = [];
        public string Failed { get; set; } = "";
        public string TryAgainTitle { get; set; } = "";
        public List<string> TryAgainSynonyms { get; set; } = [];
        public string CancelTitle { get; set; } = "";
    }
}
