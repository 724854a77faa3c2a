using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AR (follow-ar): in a conversation the guides are answering, a follow-up's reading is not led by a raw source fragment
/// (a news paragraph, the council's FAQ, a page of minutes) when a guide section ranks close behind it and covers the
/// follow-up as well. A follow-up is short and leans on the conversation ("who was the inspector", "and for care leavers
/// specifically", "did the government take it off them"): its few words, with the conversation's, meet a fragment's words by
/// chance (a 2024 news paragraph that says "inspection" and "Croydon"), while the guides retell every source around one
/// subject a section, each written to answer such a question. A single question already has this precedence, with a stricter
/// test (<see cref="GuidePrecedence"/>: the fragment must miss an idea the section declares); a follow-up's own words are too few
/// for that test, so here the conversation standing on a guide section is what says the guides know the subject. Not a choice
/// between staying and switching: the reading's own ranking is kept, only its lead changes document kind.
/// Round AS (follow-as): not when the fragment speaks from a year the last section's heading names. Then the fragment tells the
/// same event as the section the conversation stands on (the 2024 news beside "What Ofsted said about staff in 2024") and often
/// says more of it than the guide (the earlier agency share asked by "is that better than before"), the case
/// <see cref="GuidePrecedence"/> also leaves to the fragment for single questions.
/// </summary>
public static partial class GuideKeepsTheConversation
{
    /// <summary>How far below the fragment, as a share of its score, a guide section may rank and still lead (as for single questions).</summary>
    public const double Reach = GuidePrecedence.Reach;

    /// <summary>
    /// <paramref name="reading"/> led by the best guide section within <see cref="Reach"/> of the fragment at its top, with the
    /// fragment's score, when the conversation's last answer came from a guide section (<paramref name="last"/>) and that guide
    /// section covers the follow-up as well as the fragment does or surely enough to answer (<paramref name="threshold"/>);
    /// null when the reading is led by a guide section already, when the follow-up names the fragment's speaker (their own
    /// words are asked for), when the fragment speaks from a year the last section's heading names (the same event), or when no
    /// guide section is close enough.
    /// </summary>
    public static RetrievalResult? Led(RetrievalResult reading, Passage? last, double threshold)
    {
        if (last is null || !IsGuide(last) || reading.Best is not { } top || IsGuide(top.Passage) || top.SpeakerAsked
            || SameEvent(top.Passage, last))
        {
            return null;
        }
        var hits = reading.Hits;
        for (var k = 1; k < hits.Count; k++)
        {
            var candidate = hits[k];
            if (candidate.Score < top.Score * Reach)
            {
                return null;
            }
            if (IsGuide(candidate.Passage) && candidate.Coverage >= Math.Min(top.Coverage, threshold))
            {
                var reordered = new List<ScoredPassage>(hits.Count) { candidate with { Score = top.Score } };
                reordered.AddRange(hits.Where((_, i) => i != k));
                return reading with { Hits = reordered };
            }
        }
        return null;
    }

    private static bool IsGuide(Passage passage) => passage.Document.Kind == "guide";

    /// <summary>True when the fragment speaks from a year the guide section's heading names: both tell the same event.</summary>
    public static bool SameEvent(Passage fragment, Passage section) =>
        YearInText().Matches(section.Heading).Any(m => m.Value == fragment.Year);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial System.Text.RegularExpressions.Regex YearInText();
}
