using CroydonBot.Configuration;
using Microsoft.Extensions.Options;

namespace CroydonBot.Knowledge;

/// <summary>
/// Makes the re-ranker for an index. A re-ranker's passage traits (alternative questions, headings, sentences) are
/// worked out from one index's passages, so the index rebuilt when staff teach a phrasing needs a re-ranker of its
/// own: the start-up one would score the new index's passages with the old one's traits.
/// </summary>
public sealed class RerankerFactory(QuestionWords questionWords, IOptions<ContentOptions> content, IOptions<KnowledgeOptions> knowledge)
{
    private readonly Lazy<RankingWeights> _weights = new(() =>
        YamlFile.Read<RankingWeights>(Path.Combine(content.Value.SeedsFullPath, RankingWeights.File)));

    /// <summary>False when `Knowledge:Ranking` asks for Lucene's order alone.</summary>
    public bool Enabled { get; } = !string.Equals(knowledge.Value.Ranking, KnowledgeOptions.Lexical, StringComparison.OrdinalIgnoreCase);

    // Read here, not shared with the planner's copy, so a factory made without the container still finds the list.
    private readonly Lazy<EnglishWords> _english = new(() => EnglishWords.Read(content.Value.SeedsFullPath));

    // The neighbour questions are read only when they can count: their weight is not 0, or a file is named
    // (`--Knowledge:NeighboursPath=FILE`, as eval --fit does to fit that weight from 0). Otherwise start-up skips the file.
    private readonly Lazy<NeighbourQuestions> _neighbours = new(() => !string.IsNullOrWhiteSpace(knowledge.Value.NeighboursPath)
        ? NeighbourQuestions.Read(ContentOptions.Resolve(knowledge.Value.NeighboursPath))
        : YamlFile.Read<RankingWeights>(Path.Combine(content.Value.SeedsFullPath, RankingWeights.File)).ToArray()[Reranker.NeighbourFeature] == 0
            ? NeighbourQuestions.None
            : NeighbourQuestions.Read(Path.Combine(content.Value.SeedsFullPath, NeighbourQuestions.File)));

    public Reranker Create(KnowledgeIndex index) => new(index, questionWords, _weights.Value, _english.Value, _neighbours.Value);

    /// <summary>The re-ranker a retriever over <paramref name="index"/> uses, or none when ranking is lexical.</summary>
    public Reranker? For(KnowledgeIndex index) => Enabled ? Create(index) : null;
}
