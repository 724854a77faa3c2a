using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.Benchmarks;

/// <summary>
/// The knowledge path exactly as the bot composes it (index, planner, re-ranking retriever, composer), over the real
/// seeds or over any list of passages, with the real synonyms, question words and wording.
/// </summary>
public sealed class KnowledgeStack : IDisposable
{
    private KnowledgeStack(KnowledgeIndex index)
    {
        Index = index;
        Planner = new QueryPlanner(index, Content.Synonyms, Content.QuestionWords);
        // The re-ranker with seeds/ranking.yaml, as the bot runs it (Knowledge:Ranking's default).
        Retriever = new Retriever(index, Planner, new Reranker(index, Content.QuestionWords, Content.Ranking));
        Composer = new AnswerComposer(Options.Create(new KnowledgeOptions()), index);
        Renderer = new AnswerRenderer(Content.Wording);
    }

    public KnowledgeIndex Index { get; }
    public QueryPlanner Planner { get; }
    public Retriever Retriever { get; }
    public AnswerComposer Composer { get; }
    public AnswerRenderer Renderer { get; }

    /// <summary>What the bot does per question on the knowledge path: retrieve, then compose the answer and put it in words when there is a hit.</summary>
    public RenderedAnswer? Answer(string question)
    {
        var result = Retriever.Retrieve(question);
        return result.Hits.Count == 0 ? null : Renderer.Render(new AnswerReply(Composer.Compose(result.Plan, result.Hits), []));
    }

    public static KnowledgeStack ForSeeds() => new(KnowledgeBaseBuilder.Build(Content.SeedsFolder, null));

    public static KnowledgeStack For(IReadOnlyList<Passage> passages) => new(KnowledgeIndex.Build(passages, new TermAnalyzer()));

    public void Dispose() => Index.Dispose();

    /// <summary>The data files, read once per process: they are configuration, not part of what is measured.</summary>
    public static class Content
    {
        public static string SeedsFolder { get; } = Locate("seeds");
        public static string DialogsFolder { get; } = Locate("dialogs");
        public static SynonymData Synonyms { get; } = YamlFile.Read<SynonymData>(Path.Combine(SeedsFolder, SynonymData.File));
        public static QuestionWords QuestionWords { get; } = YamlFile.Read<QuestionWords>(Path.Combine(SeedsFolder, QuestionWords.File));
        public static RankingWeights Ranking { get; } = YamlFile.Read<RankingWeights>(Path.Combine(SeedsFolder, RankingWeights.File));
        public static Wording Wording { get; } = YamlFile.Read<Wording>(Path.Combine(DialogsFolder, "wording.yaml"));
        public static IReadOnlyList<Passage> SeedPassages { get; } = KnowledgeBaseBuilder.LoadPassages(SeedsFolder);

        // The build copies seeds/ beside the binary; BenchmarkDotNet may run us from a folder below it.
        private static string Locate(string name)
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(Path.Combine(candidate, name == "seeds" ? "manifest.yaml" : "wording.yaml")))
                {
                    return candidate;
                }
            }
            throw new DirectoryNotFoundException($"No {name}/ folder above {AppContext.BaseDirectory}");
        }
    }
}
