namespace CroydonBot.Conversation;

/// <summary>dialogs/follow-ups.yaml: the words that show a message leans on the conversation so far.</summary>
public sealed class FollowUpWords
{
    public const string File = "follow-ups.yaml";

    /// <summary>Openings of a continuation ("and", "so", "what about"), lower case, whole words.</summary>
    public List<string> Continuations { get; set; } = [];

    /// <summary>
    /// Reactions to the last answer that a follow-up may open with ("nice who do i contact", "cool, and how long does it
    /// take"): they say nothing of the question, so the follow-up is read without them.
    /// </summary>
    public List<string> Acknowledgements { get; set; } = [];

    /// <summary>Last words that carry the last question on ("up to wat age tho", "who do i ask then"), as an opening continuation does.</summary>
    public List<string> Endings { get; set; } = [];

    /// <summary>Openings that put a condition on the last question ("even if", "even though"): it points back at it.</summary>
    public List<string> Conditions { get; set; } = [];

    /// <summary>
    /// Words that correct the last question anywhere near the start of a message ("nah wait ignore that, i meant the money for
    /// uni"): what the message names replaces the last subject rather than adding to it.
    /// </summary>
    public List<string> Corrections { get; set; } = [];

    /// <summary>
    /// Words before a noun that point back at something already said ("the money" in "when can i get the money out"): such a
    /// noun found in the passage just answered is that passage's thing, not a new subject.
    /// </summary>
    public List<string> Definite { get; set; } = [];

    /// <summary>
    /// Words that point back at the time the last answer spoke of ("what was wrong back then" after the 2020 inspection): the
    /// message asks about that year, whatever year a passage its own words match speaks of.
    /// </summary>
    public List<string> ThatTime { get; set; } = [];

    /// <summary>Words that free a follow-up from the time of the last answer ("was it ever bad"): any time of the timeline.</summary>
    public List<string> AnyTime { get; set; } = [];

    /// <summary>Words that say the message changes the subject ("random but", "unrelated", "different question"), anywhere in it.</summary>
    public List<string> NewTopic { get; set; } = [];

    /// <summary>
    /// Openings that put a new subject in place of the last one ("what about lambeth", "how about 2020"): the
    /// words after them are what the message is about.
    /// </summary>
    public List<string> Switches { get; set; } = [];

    /// <summary>Words that point back at the last subject ("it", "that", "they").</summary>
    public List<string> References { get; set; } = [];

    /// <summary>Whole questions that only make sense about the last subject ("how much", "who do i ask").</summary>
    public List<string> BareQuestions { get; set; } = [];

    /// <summary>
    /// Words a question planner may read as an idea that are no subject on their own ("long" in "how long does
    /// it last"): a message pointing back with only these, and nothing said before, is asked what it means.
    /// </summary>
    public List<string> NotASubject { get; set; } = [];

    /// <summary>
    /// Words of the person themself ("i", "my"): a short follow-up naming none of them ("n the most recent one") asks about the
    /// answer; one that does tells something of the person's own ("my PA never does that"), which may be feedback.
    /// </summary>
    public List<string> FirstPerson { get; set; } = [];

    /// <summary>What the bot says to a message that points back at nothing ("is it still a thing?" as a first message).</summary>
    public string Clarify { get; set; } = "";

    /// <summary>A message with more words than this is read on its own, whatever it starts with.</summary>
    public int MaxWords { get; set; } = 14;

    /// <summary>A follow-up read as feedback is taken for the next question only when it has at most this many words.</summary>
    public int FragmentWords { get; set; } = 10;

    /// <summary>A message of at most this many words is elliptical ("till what age"): read against the context when that still fits it.</summary>
    public int ShortWords { get; set; } = 4;

    /// <summary>Minutes a context stays usable; after a long silence a new message starts afresh.</summary>
    public int ContextMinutes { get; set; } = 30;
}
