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

    /// <summary>The reply to a report of a child at risk: how to report it, with its source.</summary>
    public Message ChildAtRisk { get; set; } = new();

    /// <summary>What is said when a dialog was left a while ago.</summary>
    public StaleDialogWording StaleDialog { get; set; } = new();

    /// <summary>Button titles used on answers.</summary>
    public AnswerButtons Buttons { get; set; } = new();

    /// <summary>Opening words for an answer from a document that is now history; {date} is filled in.</summary>
    public string HistoricalPrefix { get; set; } = "";

    /// <summary>Said before the fallback when a question asks for an amount and the passage found holds none.</summary>
    public string NoAmount { get; set; } = "I don't have the amount for that in the guides I answer from.";

    /// <summary>Said before the fallback when the asker says the guides' group (care leavers, young people in care) is not theirs.</summary>
    public string OutsideTheCoveredGroup { get; set; } = "The guides I answer from are about what care leavers and young people in care get, so they don't cover this.";

    /// <summary>Said before the fallback when a question asks about a year none of the sources speaks of; {year} is that year.</summary>
    public string YearNotCovered { get; set; } = "None of the sources I answer from say anything about {year}.";

    /// <summary>Said after the answers to a message with two questions when one part found no answer; {question} is that part.</summary>
    public string PartNotAnswered { get; set; } = "I couldn't find an answer to this part: \"{question}\". Your personal adviser may know.";

    /// <summary>Said to "and before that?" after the earliest dated section of a guide; {date} is that section's date.</summary>
    public string NothingEarlier { get; set; } = "That's the earliest one in my sources, from {date}. They don't go back any further.";

    /// <summary>A button for a section that scored close to the answer's; {heading} is its heading.</summary>
    public string AlsoAbout { get; set; } = "Also about: {heading}";

    /// <summary>How the source line under an answer reads; {title}, {publisher} and {date} are filled in.</summary>
    public string SourceLine { get; set; } = "";

    /// <summary>How the source line under an answer from a CroydonBot guide reads.</summary>
    public GuideSourceWording GuideSources { get; set; } = new();

    /// <summary>A text and its quick-reply suggestions.</summary>
    public sealed class Message
    {
        public string Text { get; set; } = "";
        public List<string> Suggestions { get; set; } = [];

        /// <summary>
        /// The heading of the guide section a fixed reply's facts are taken from, if any: the conversation goes on from that
        /// section, so a follow-up ("what times is that open") is read against it as after any answer from it.
        /// </summary>
        public string? Section { get; set; }
    }

    /// <summary>
    /// A guide's source line: the public sources its section was written from, and when its facts were
    /// checked. {title}, {publisher}, {date} (when the facts date from), {dated} and {checked} are filled in.
    /// </summary>
    public sealed class GuideSourceWording
    {
        /// <summary>For a section that names its original sources: {originals} is the list of them.</summary>
        public string LineWithOriginals { get; set; } = "Source: {originals}. Facts checked {checked} for our guide \"{title}\".";

        /// <summary>For a section that names none; {dated} is <see cref="Dated"/> when the section has its own date.</summary>
        public string Line { get; set; } = "Source: {title}, {publisher}{dated}, facts checked {checked}.";

        /// <summary>The section's own date in <see cref="Line"/>: {date}.</summary>
        public string Dated { get; set; } = ", facts from {date}";

        /// <summary>One original source with an address: {name}, {date} (<see cref="OriginalDate"/>, or nothing when undated) and {url}.</summary>
        public string Original { get; set; } = "{name}{date}: {url}";

        /// <summary>One original source that has no public address: {name} and {date}.</summary>
        public string OriginalWithoutAddress { get; set; } = "{name}{date}";

        /// <summary>An original source's date in <see cref="Original"/>: {date} as the manifest gives it.</summary>
        public string OriginalDate { get; set; } = " ({date})";

        /// <summary>Between two original sources.</summary>
        public string Separator { get; set; } = "; ";
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
