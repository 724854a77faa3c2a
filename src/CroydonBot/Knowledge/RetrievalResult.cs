namespace CroydonBot.Knowledge;

/// <summary>The passages found for a question, best first.</summary>
public sealed record RetrievalResult(QueryPlan Plan, IReadOnlyList<ScoredPassage> Hits)
{
    public ScoredPassage? Best => Hits.Count > 0 ? Hits[0] : null;

    /// <summary>0 to 1: how much of the question's meaning the best passage covers.</summary>
    public double Confidence => Best?.Coverage ?? 0;

    /// <summary>
    /// What was just asked, when this result was found by reading a follow-up against the conversation: the
    /// conversation's subject chose the passage, and the follow-up's own words and kind of question ("since when",
    /// "is that every year") choose its sentences. Null for a question read on its own.
    /// </summary>
    public QueryPlan? Focus { get; init; }

    /// <summary>
    /// The second part of a message whose two parts this result's best section answers ("and does it work on the tube as
    /// well"): its ideas are to be said too, though the first part's question chooses the lead. Null for a single question.
    /// </summary>
    public QueryPlan? AlsoAsked { get; init; }

    /// <summary>
    /// Sure enough to answer with: a passage above <paramref name="threshold"/> that holds the kind of fact asked, for a
    /// question not mostly about a subject no guide names.
    /// </summary>
    public bool Answers(double threshold) =>
        Best is not null && Confidence >= threshold && !AskedFact.IsMissing(this) && !UnknownSubject.Dominates(Plan);
}
