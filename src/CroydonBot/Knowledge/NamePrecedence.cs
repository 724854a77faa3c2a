namespace CroydonBot.Knowledge;

/// <summary>
/// Which leads when the best-ranked passage misses the thing the question names: a word the seeds write as a name
/// (<see cref="SeedNames"/>: "Camden", "Coram"), beside common words that are as rare but say little of the
/// subject ("set", "amount", "other"). Coverage weighs all of them together, so a section holding the common words beat
/// the one section written about the thing named ("camden helping croydon, was that meant to be for a set amount of time"
/// drew the setting-up-home allowance). A close section whose heading or alternative questions declare the name takes the
/// lead from a passage that does not even hold it. Measured with the heaviest idea of any kind instead of a name, it lost 50
/// answers for 9 ("job" in "a part time job ... national insurance number" is as rare, and not the subject).
/// </summary>
public static class NamePrecedence
{
    /// <summary>How far below the top passage a section declaring the name may rank and still take the lead.</summary>
    public const double Reach = 0.85;

    /// <summary>The heaviest of the question's own ideas that is a name in the seeds; null when it names none.</summary>
    public static QueryConcept? Of(QueryPlan plan, SeedNames names)
    {
        QueryConcept? best = null;
        foreach (var concept in plan.Concepts)
        {
            if (!concept.Context && !concept.Unknown && names.IsName(concept) && (best is null || concept.Weight > best.Weight))
            {
                best = concept;
            }
        }
        return best;
    }

    /// <summary>
    /// Reorders <paramref name="order"/> so that the best section within <see cref="Reach"/> of the top that declares the
    /// telling idea leads, when the top passage does not hold it; the section takes the top's score, so every later step
    /// still reads the ranking best first.
    /// </summary>
    /// <param name="scored">The candidates, in Lucene's order.</param>
    /// <param name="order">Indexes into <paramref name="scored"/>, best first.</param>
    /// <param name="holds">For a candidate's index: true when the passage holds the name.</param>
    /// <param name="declares">For a candidate's index: true when its heading or an alternative question names the name.</param>
    public static void Apply(ScoredPassage[] scored, int[] order, Func<int, bool> holds, Func<int, bool> declares)
    {
        if (order.Length < 2 || holds(order[0]))
        {
            return;
        }
        LeadWithinReach.Take(scored, order, Reach, declares, static (i, _, _, declares) => declares(i));
    }
}
