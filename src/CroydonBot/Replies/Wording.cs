using CroydonBot.Knowledge;

namespace CroydonBot.Replies;

/// <summary>The bot's own words, from dialogs/wording.yaml, so content editors can change them without C#.</summary>
public sealed class Wording
{
    public Message Welcome { get; set; } = new();
    public Message Help { get; set; } = new();
    public Message Fallback { get; set; } = new();
    public Message TurnError { get; set; } = new();
    public Message EmptyMessage { get; set; } = new();
    public Message TellMeMoreNothing { get; set; } = new();
    public Message HelpfulThanks { get; set; } = new();
    public Message DidYouMean { get; set; } = new();
    public Message RateLimited { get; set; } = new();

    /// <summary>What is said when a dialog was left a while ago.</summary>
    public StaleDialogWording StaleDialog { get; set; } = new();

    /// <summary>Button titles used on answers.</summary>
    public AnswerButtons Buttons { get; set; } = new();

    /// <summary>Opening words for an answer from a document that is now history; {date} is filled in.</summary>
    public string HistoricalPrefix { get; set; } = "";

    /// <summary>Said after the answers to a message with two questions when one part found no answer; {question} is that part.</summary>
    public string PartNotAnswered { get; set; } = "I couldn't find an answer to this part: \"{question}\". Your personal adviser may know.";

    /// <summary>A button for a section that scored close to the answer's; {heading} is its heading.</summary>
    public string AlsoAbout { get; set; } = "Also about: {heading}";

    /// <summary>How the source line under an answer reads; {title}, {publisher} and {date} are filled in.</summary>
    public string SourceLine { get; set; } = "";

    /// <summary>The words the knowledge base frames an answer in.</summary>
    public AnswerWording ForAnswers() => new(HistoricalPrefix, SourceLine);

    /// <summary>A text and its quick-reply suggestions.</summary>
    public sealed class Message
    {
        public string Text { get; set; } = "";
        public List<string> Suggestions { get; set; } = [];
    }

    /// <summary>Titles of the answer follow-up buttons.</summary>
    public sealed class AnswerButtons
    {
        public string TellMeMore { get; set; } = "Tell me more";
        public string Helpful { get; set; } = "👍 Helpful";
        public string NotHelpful { get; set; } = "👎 Not helpful";
        public string NoneOfThese { get; set; } = "None of these";

        /// <summary>Offered under an answer to a question about feedback or complaints.</summary>
        public string GiveFeedback { get; set; } = "Give feedback";
    }

    /// <summary>The offer to carry on with, or drop, a dialog left more than half an hour ago.</summary>
    public sealed class StaleDialogWording
    {
        public string Text { get; set; } = "";
        public string CarryOn { get; set; } = "Carry on";
        public List<string> CarryOnWords { get; set; } = [];
        public string Drop { get; set; } = "Drop it";
        public List<string> DropWords { get; set; } = [];
        public string Dropped { get; set; } = "";
    }
}
