namespace CroydonBot.Knowledge;

/// <summary>
/// One idea in a question ("personal adviser"), with every way of saying it as analysed term sequences
/// (the words typed first, then synonyms), and how rare, so informative, it is in the knowledge base.
/// </summary>
public sealed record QueryConcept(string Surface, IReadOnlyList<IReadOnlyList<string>> Alternatives, double Weight)
{
    /// <summary>True when a passage holds every term of at least one way of saying this concept.</summary>
    public bool IsIn(IReadOnlySet<string> terms) => Alternatives.Any(alt => alt.All(terms.Contains));

    /// <summary>True when a passage holds the words as typed (the first way), not only a synonym.</summary>
    public bool IsInAsTyped(IReadOnlySet<string> terms) => Alternatives[0].All(terms.Contains);
}
