namespace CroydonBot.Knowledge;

/// <summary>
/// Whether a guide section's sentence takes the lead from a raw fragment's (round AF). A guide section states the finding with
/// its date, written to answer; a fragment (a news paragraph, the minutes, an FAQ) shares the question's words by chance and
/// says what its writer wanted said ("against a backdrop of significant challenges" for "did ofsted say anything good"). So
/// when the best sentence is a fragment's and a guide section close to it (within the floor a lead is read from) has a sentence
/// saying as much of the question, the guide's sentence leads and the fragment may follow as a second source. The fragment
/// keeps the lead when its sentence says more of the question (the press line naming the placements asked about), when it
/// holds the kind of fact asked and the guide's does not (a percentage, a date), and when it is current and the guide section
/// is history for a question that does not ask about the past.
/// </summary>
public static class FragmentSupport
{
    /// <summary>
    /// The guide sections that may give the lead instead of a fragment, best first, or none: when the question asks for
    /// someone's words or who someone is, or names a close fragment's speaker (<see cref="ScoredPassage.SpeakerAsked"/>): only
    /// the sources record who spoke.
    /// </summary>
    public static IReadOnlyList<ScoredPassage> GuidesBeside(IReadOnlyList<ScoredPassage> hits, QuestionKind kind, double floor)
    {
        if (kind is QuestionKind.Words or QuestionKind.Who || hits.Count < 2)
        {
            return [];
        }
        var close = hits.Where(h => h.Score >= hits[0].Score * floor).ToList();
        return close.Any(h => h.SpeakerAsked) ? [] : [.. close.Where(IsGuide)];
    }

    /// <summary>True when the guide's sentence leads over the fragment's, as the class summary says.</summary>
    public static bool GuideLeads(double guideCoverage, double fragmentCoverage, bool guideHoldsKind, bool fragmentHoldsKind,
        bool guideIsHistory, bool fragmentIsHistory, bool asksAboutHistory) =>
        guideCoverage >= fragmentCoverage
        && (guideHoldsKind || !fragmentHoldsKind)
        && (!guideIsHistory || fragmentIsHistory || asksAboutHistory);

    public static bool IsGuide(ScoredPassage hit) => hit.Passage.Document.Kind == "guide";
}
