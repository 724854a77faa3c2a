namespace CroydonBot.Knowledge;

/// <summary>The passages found for a question, best first.</summary>
public sealed record RetrievalResult(QueryPlan Plan, IReadOnlyList<ScoredPassage> Hits)
{
    public ScoredPassage? Best => Hits.Count > 0 ? Hits[0] : null;

    /// <summary>0 to 1: how much of the question's meaning the best passage covers.</summary>
    public double Confidence => Best?.Coverage ?? 0;
}
