using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AD (conv-ad): the guide section a follow-up's new subject leads to, when the conversation's reading would answer from
/// the section just answered again. "do they pay u for it" after how to become an ambassador names payment, which the joining
/// section never mentions; read against the conversation its words ("ambassador", "join") outweigh the one new word, so the same
/// answer came back, while the section about being paid stood among the reading's own hits. A follow-up that names something the
/// last section never speaks of cannot be answered by it; the section of the same guide named after everything new it names can.
/// Named after all of it, not one: "where do i live in the summer holidays" after the uni bursary is not Staying Put, whose
/// questions say "living" but no holidays. Keyed to the follow-up's own words against the sections' headings, not to the answer repeating: a follow-up
/// that names nothing new, or only what the last section already says, stays where it was.
/// </summary>
public static class NewSubjectNearby
{
    /// <summary>
    /// The first of <paramref name="hits"/> after the lead, in <paramref name="last"/>'s guide, whose names (heading and labelled
    /// questions, <paramref name="namesOf"/>) and text say every one of <paramref name="fresh"/>; null when <paramref name="fresh"/> is empty, <paramref name="last"/>
    /// is no guide section, or no hit is so named. <paramref name="fresh"/> are the follow-up's subjects the last section never
    /// mentions or is asked about in any word of any of their names.
    /// </summary>
    public static ScoredPassage? For(IReadOnlyList<ScoredPassage> hits, Passage last, IReadOnlyList<QueryConcept> fresh,
        Func<Passage, IReadOnlySet<string>> namesOf, Func<ScoredPassage, IReadOnlySet<string>> termsOf)
    {
        if (fresh.Count == 0 || last.Document.Kind != "guide")
        {
            return null;
        }
        return hits.Skip(1).FirstOrDefault(h => h.Passage.Id != last.Id && h.Passage.Document.File == last.Document.File && !h.Passage.IsHistorical
            && fresh.All(c => c.IsIn(namesOf(h.Passage)) && c.IsIn(termsOf(h))));
    }
}
