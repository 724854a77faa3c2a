namespace CroydonBot.Knowledge;

/// <summary>
/// seeds/ranking.yaml: the weight of each re-ranking feature (names in <see cref="Reranker.FeatureNames"/>),
/// fitted on the development questions by <c>eval --fit</c>. A missing feature weighs 0.
/// </summary>
public sealed class RankingWeights
{
    public const string File = "ranking.yaml";

    public Dictionary<string, double> Weights { get; set; } = [];

    /// <summary>The weights in feature order.</summary>
    public double[] ToArray() => [.. Reranker.FeatureNames.Select(n => Weights.GetValueOrDefault(n))];

    /// <summary>The plain lexical ranking the bot used before re-ranking: coverage and BM25 only.</summary>
    public static RankingWeights Lexical => new() { Weights = new() { ["coverage"] = 0.65, ["lexical"] = 0.35 } };
}
