using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AF (conv-af): the section of the conversation's guide named after what a follow-up asks a new kind of fact about, when
/// the section the conversation found only mentions it. "and that pathway plan thing how often is it looked at" after how often
/// a PA visits: the PA's section says "your PA helps with your pathway plan" and holds a frequency ("every two months"), so the
/// kind asked keeps it and the last answer came again; but no sentence of it holds the kind and says the pathway plan, while the
/// pathway plan's own section (named after it in its heading) does ("checked at least every six months"). Unlike
/// <see cref="KindInTheGuide"/>, which looks beside the section just answered (in an undated guide the same word elsewhere is most
/// often about something else), this looks anywhere in the guide, but only at a section whose heading names the subject: a section
/// named after a thing is about it, wherever it stands.
/// </summary>
public static class KindInTheNamedSection
{
    /// <summary>
    /// The section of <paramref name="last"/>'s guide, other than <paramref name="top"/>, whose heading names every one of
    /// <paramref name="asked"/> (the follow-up's new subjects) that some heading of the guide names, and which has a sentence
    /// holding <paramref name="kind"/> and saying all of them; the one nearest the section just answered. Null when the kind is no
    /// particular fact, no heading names any of them, <paramref name="top"/> or <paramref name="last"/> is named or asked after them
    /// all (heading or labelled questions: it is their own section) or <paramref name="top"/> has such a sentence itself. A word no heading holds ("looked" in "how often is it looked at") tells
    /// no section apart, so it is not weighed.
    /// </summary>
    public static Passage? For(IReadOnlyList<Passage> passages, Passage last, Passage top, QuestionKind kind, IReadOnlyList<QueryConcept> asked,
        Func<Passage, IReadOnlySet<string>> headingOf, Func<Passage, IReadOnlySet<string>> namesOf, Func<Passage, IReadOnlyList<SentenceWords>> sentencesOf)
    {
        if (!KindInTheGuide.IsAFact(kind) || asked.Count == 0 || last.Document.Kind != "guide")
        {
            return null;
        }
        var guide = passages.Where(p => p.Document.File == last.Document.File).ToList();
        // The guides' setting ("croydon", said in many headings; "the council", which pays, visits and decides in nearly every
        // guide) names no subject of its own: "how does the council pay it" asks of the bursary, not of the section named after
        // the council as corporate parent.
        var subjects = asked.Where(c => c.Weight >= ContextualRetrieval.SettingWeight && !Setting.Contains(c.Surface)).ToList();
        var named = subjects.Where(c => guide.Any(p => c.IsIn(headingOf(p)))).ToList();
        // What headings name must be a good part of what the follow-up asks about, not a word beside its real subject.
        if (named.Count == 0 || named.Sum(c => c.Weight) < MinNamedShare * subjects.Sum(c => c.Weight))
        {
            return null;
        }
        // The section found, or the one just answered, named or asked after them (its heading or labelled questions: "when can i
        // get my junior isa money") is their own: "when can i get the money out" asks of its money, not of a section named "money".
        if (named.Count == 0 || named.All(c => c.IsIn(namesOf(top))) || named.All(c => c.IsIn(namesOf(last))) || KindSaid(top, kind, named, sentencesOf))
        {
            return null;
        }
        return guide
            .Where(p => p.Id != top.Id && named.All(c => c.IsIn(headingOf(p))) && KindSaid(p, kind, named, sentencesOf))
            .OrderBy(p => Math.Abs(p.Ordinal - last.Ordinal))
            .FirstOrDefault();
    }

    /// <summary>
    /// The guides' setting said as a word, whatever its weight ("croydon" mostly weighs under
    /// <see cref="ContextualRetrieval.SettingWeight"/>; "council" is weighed as a subject): a heading naming it ("Croydon Council is
    /// the corporate parent") is not about it.
    /// </summary>
    private static readonly HashSet<string> Setting = new(StringComparer.OrdinalIgnoreCase) { "croydon", "croydons", "council", "councils" };


    /// <summary>
    /// The share of the follow-up's subjects (by weight) that headings must name: words no heading names are mostly how it is
    /// asked ("looked" in "how often is it looked at"); when they outweigh the named ones twice over, the named word is incidental.
    /// </summary>
    private const double MinNamedShare = 1.0 / 3;

    /// <summary>True when a sentence of <paramref name="passage"/> holds <paramref name="kind"/> and says every one of <paramref name="named"/>.</summary>
    private static bool KindSaid(Passage passage, QuestionKind kind, IReadOnlyList<QueryConcept> named, Func<Passage, IReadOnlyList<SentenceWords>> sentencesOf) =>
        sentencesOf(passage).Any(s => QuestionKinds.Holds(kind, s.Text) && named.All(c => c.IsIn(s.Terms)));
}
