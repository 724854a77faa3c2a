namespace CroydonBot.Knowledge;

/// <summary>A question understood: its concepts, any year it names, and whether it asks about now.</summary>
public sealed record QueryPlan(string Question, IReadOnlyList<QueryConcept> Concepts, IReadOnlyList<int> Years, bool AsksAboutNow, bool AsksAboutPast)
{
    public double TotalWeight => Concepts.Sum(c => c.Weight);
    public bool IsEmpty => Concepts.Count == 0;

    /// <summary>
    /// How much of the question's meaning (rarity-weighted) a passage's terms cover, 0 to 1. Missing concepts
    /// count half: young people wrap a clear question in words no document uses ("someone mentioned..."),
    /// while an off-topic question ("a good film tonight") still matches almost nothing that matters.
    /// </summary>
    public double Coverage(IReadOnlySet<string> terms)
    {
        var matched = Concepts.Where(c => c.IsIn(terms)).Sum(c => c.Weight);
        var missing = TotalWeight - matched;
        return matched <= 0 ? 0 : matched / (matched + MissingWeight * missing);
    }

    /// <summary>The share of the question's weight found in the words as typed, 0 to 1: a tie-breaker
    /// that prefers a sentence saying "Ofsted" over one saying "watchdog" for a question about Ofsted.</summary>
    public double TypedCoverage(IReadOnlySet<string> terms) =>
        TotalWeight <= 0 ? 0 : Concepts.Where(c => c.IsInAsTyped(terms)).Sum(c => c.Weight) / TotalWeight;

    /// <summary>How much a concept the passage lacks counts against it, relative to one it has.</summary>
    public const double MissingWeight = 0.5;
}
