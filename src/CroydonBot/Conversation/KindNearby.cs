using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// The guide section that answers a follow-up asking a kind of fact about the conversation's topic ("who do i ask for it"
/// after the uni bursary, "so is it good now" after whether Croydon was rated inadequate), when the section the conversation
/// reading found holds no fact of that kind: the section just answered when it holds one, else the section right after or
/// right before it in the same guide that does. A guide tells a topic's sides in neighbouring sections (the bursary, then help
/// with education costs and whom to talk to; how to complain, then what happens after), so a kind the answered section lacks
/// is most often next door, while a section elsewhere that happens to hold the kind is about something else.
/// </summary>
public static class KindNearby
{
    /// <summary>
    /// <paramref name="last"/> when it holds <paramref name="kind"/>, else its neighbour in the same guide that does (the one
    /// after it first: a guide goes on to what comes next); null for a kind of no particular fact, a passage outside a guide,
    /// or when neither neighbour holds it.
    /// </summary>
    public static Passage? For(IReadOnlyList<Passage> passages, Passage last, QuestionKind kind)
    {
        if (kind == QuestionKind.General || last.Document.Kind != "guide")
        {
            return null;
        }
        if (QuestionKinds.Holds(kind, last.Text))
        {
            return last;
        }
        return new[] { last.Ordinal + 1, last.Ordinal - 1 }
            .Select(ordinal => passages.FirstOrDefault(p => p.Document.File == last.Document.File && p.Ordinal == ordinal))
            .FirstOrDefault(p => p is not null && !p.IsHistorical && QuestionKinds.Holds(kind, p.Text));
    }
}
