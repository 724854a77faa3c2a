namespace CroydonBot.Knowledge;

/// <summary>A question understood: its concepts, any year it names, and whether it asks about now.</summary>
public sealed record QueryPlan(string Question, IReadOnlyList<QueryConcept> Concepts, IReadOnlyList<int> Years, bool AsksAboutNow, bool AsksAboutPast)
{
    public double TotalWeight => Concepts.Sum(c => c.Weight);
    public bool IsEmpty => Concepts.Count == 0;

    /// <summary>The share of the question's meaning (rarity-weighted) that a passage's terms cover, 0 to 1.</summary>
    public double Coverage(IReadOnlySet<string> terms) =>
        TotalWeight <= 0 ? 0 : Concepts.Where(c => c.IsIn(terms)).Sum(c => c.Weight) / TotalWeight;
}
