namespace CroydonBot.Knowledge;

/// <summary>
/// What the retriever already knows about how sure it is of a question's best passage, as numbers the answer gate
/// (<see cref="AnswerGate"/>) weighs: coverage alone misreads a question whose words are partly feelings, figures of speech
/// or story ("this form is literally killing me"), and a high coverage of a one-idea question ("who's the head of ofsted")
/// is no surer than its score and the ideas it leaves unknown say.
/// </summary>
public static class AnswerGateFeatures
{
    /// <summary>The names, in order, as the weights file lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "coverage", "unknown_subject", "top_score", "margin", "unknown_ideas", "known_ideas", "story_ideas",
        "spread_ideas", "question_match", "log_total_weight",
    ];

    // Counts are capped: a fourth unseen word or sixth story word says nothing the third or fifth did not.
    private const int MaxUnknown = 3;
    private const int MaxKnown = 5;

    public static double[] Of(RetrievalResult result)
    {
        var best = result.Best;
        var second = result.Hits.Count > 1 ? result.Hits[1].Score : 0;
        var (unknown, known) = UnknownSubject.Count(result.Plan);
        var story = result.Plan.Concepts.Count(c => c.Context);
        var spread = result.Plan.Concepts.Count(c => !c.Context && c.Unknown && c.Spread);
        return
        [
            result.Confidence,
            unknown > 0 && unknown >= known ? 1 : 0,
            best?.Score ?? 0,
            (best?.Score ?? 0) - second,
            Math.Min(unknown, MaxUnknown),
            Math.Min(known, MaxKnown),
            Math.Min(story, MaxKnown),
            Math.Min(spread, MaxUnknown),
            best?.QuestionMatch ?? 0,
            Math.Log(1 + result.Plan.TotalWeight),
        ];
    }
}
