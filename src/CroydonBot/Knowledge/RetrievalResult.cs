namespace CroydonBot.Knowledge;

/// <summary>The passages found for a question, best first.</summary>
public sealed record RetrievalResult(QueryPlan Plan, IReadOnlyList<ScoredPassage> Hits)
{
    private readonly double? _answerability;

    public ScoredPassage? Best => Hits.Count > 0 ? Hits[0] : null;

    /// <summary>0 to 1: how much of the question's meaning the best passage covers.</summary>
    public double Confidence => Best?.Coverage ?? 0;

    /// <summary>
    /// 0 to 1: how well the best passage answers, judged for whether to answer at all (<see
    /// cref="QueryPlan.Answerability"/>); the confidence when the retriever did not say.
    /// </summary>
    public double Answerability
    {
        get => _answerability ?? Confidence;
        init => _answerability = value;
    }

    /// <summary>
    /// False when the best passage does not hold what the question is about (<see cref="QueryPlan.Subject"/>):
    /// "best chicken shop in croydon" matches a passage on "croydon" and "best", and is no question for it.
    /// </summary>
    public bool SubjectHeld { get; init; } = true;
}
