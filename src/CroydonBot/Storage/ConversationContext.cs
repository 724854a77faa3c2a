namespace CroydonBot.Storage;

/// <summary>
/// What the conversation is about, kept in the conversation state so a follow-up such as "so is it good
/// now?" or "how much is it" can be read against it: the ideas of the last question (service, entitlement,
/// place), the years it named, and the topic and section the answer came from. Holds the bot's own
/// reading of a question, never the message text.
/// </summary>
public sealed class ConversationContext
{
    /// <summary>The ideas of the last question as the query planner named them ("bursary", "uni", "ofsted"), newest first.</summary>
    public List<string> Terms { get; set; } = [];

    /// <summary>
    /// The ideas of the question that opened this line of conversation (the last one read on its own): the
    /// subject that follow-ups keep coming back to, when the last follow-up asked about another side of it
    /// ("how do i join" then "do u get paid for it" is about the ambassadors, not about joining).
    /// </summary>
    public List<string> Subject { get; set; } = [];

    /// <summary>Years the last question named or was read against.</summary>
    public List<int> Years { get; set; } = [];

    /// <summary>The document topic of the last answer (a seed's topic), if it was answered.</summary>
    public string? Topic { get; set; }

    /// <summary>The section (passage heading) the last answer came from, if it was answered.</summary>
    public string? Section { get; set; }

    /// <summary>The passage the last answer came from, if it was answered.</summary>
    public string? PassageId { get; set; }

    /// <summary>
    /// Round AM (stay-am): the passages earlier answers came from, newest first, before the last one (a few): "back to X" may
    /// be about a section answered two turns ago, which the learned follow-up choice weighs as a candidate.
    /// </summary>
    public List<string> Earlier { get; set; } = [];

    /// <summary>
    /// The kind of fact the line of conversation asks for (a grade, an amount): "and in 2020?" after "how did croydon do
    /// on care leavers" asks for the 2020 grade. The knowledge base's name for it (QuestionKind), kept as text so storage
    /// knows nothing of the knowledge base; null for no particular kind.
    /// </summary>
    public string? Kind { get; set; }

    /// <summary>
    /// True when the question this context remembers was declined for being about another place or subject ("is sutton good
    /// on ofsted"): only a follow-up that puts the guides' own setting in its place ("ok what about croydon then") reads it,
    /// and any other message is read on its own, as if nothing had been said.
    /// </summary>
    public bool AskedElsewhere { get; set; }

    /// <summary>When this context was last set; an old one is not used for a new question.</summary>
    public DateTimeOffset At { get; set; }
}
