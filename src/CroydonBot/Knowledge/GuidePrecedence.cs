namespace CroydonBot.Knowledge;

/// <summary>
/// Which leads when a raw source fragment (a paragraph of minutes, a news quote, the 2017 FAQ) ranks above a guide section
/// (issue 12). The guides are written to answer questions, each section around one subject its heading and alternative
/// questions say; a fragment is a quote, and its words meet a question's words by chance (a 2024 news paragraph that
/// mentions the 2017 "inadequate" in passing, for "when was croydon rated inadequate"). So a fragment that does not name
/// an idea a close guide section declares for the question, and does not speak from that section's year, gives way to it.
/// A fragment telling the same event (the 2024 article beside the 2024 report's sections) keeps the lead: its own words
/// often say more (what Ofsted found about the out-of-hours team), unless it is someone's own words (<see cref="TakesTheLead"/>).
/// A question about what someone said is left alone: only the sources record who spoke.
/// </summary>
public static class GuidePrecedence
{
    /// <summary>How far below the fragment a guide section may rank and still take the lead from it.</summary>
    public const double Reach = 0.85;

    /// <summary>
    /// Reorders <paramref name="order"/> so that the best guide section within <see cref="Reach"/> of a fragment at the top
    /// leads when the fragment misses the subject it declares (<paramref name="missesSubject"/>); the section takes the fragment's score, so every later step
    /// (which sentence leads, a second source) still reads the ranking best first.
    /// </summary>
    /// <param name="scored">The candidates, in Lucene's order.</param>
    /// <param name="order">Indexes into <paramref name="scored"/>, best first.</param>
    /// <param name="missesSubject">
    /// For a candidate's index: true when it is a guide section declaring an idea of the question (<see cref="Reranker.DeclaredSubject"/>)
    /// that the fragment at the top does not name, and speaking from no year the fragment speaks from.
    /// </param>
    public static void Apply(ScoredPassage[] scored, int[] order, Func<int, bool> missesSubject)
    {
        if (order.Length < 2 || IsGuide(scored[order[0]]))
        {
            return;
        }
        LeadWithinReach.Take(scored, order, Reach, missesSubject, static (i, candidate, _, missesSubject) =>
            IsGuide(candidate) && missesSubject(i));
    }

    /// <summary>
    /// True when a guide section takes the lead from the fragment at the top: it declares an idea of the question
    /// (<paramref name="declared"/>, <see cref="Reranker.DeclaredSubject"/>), and either the fragment is someone's own words
    /// (<paramref name="fragmentQuotesSomeone"/>: a mayor's thanks, a councillor welcoming the report), or it misses an idea the
    /// section declares and speaks from another year. Someone's words are their view of the event, not an account of it, so they
    /// give way whatever year they speak from; a report of the same event keeps the lead, its own words often saying more.
    /// </summary>
    public static bool TakesTheLead(IReadOnlyList<QueryConcept> declared, bool fragmentQuotesSomeone, bool sameYear, IReadOnlySet<string> fragmentTerms) =>
        declared.Count > 0 && (fragmentQuotesSomeone || !sameYear && declared.Any(c => !c.IsIn(fragmentTerms)));

    private static bool IsGuide(ScoredPassage hit) => hit.Passage.Document.Kind == "guide";
}
