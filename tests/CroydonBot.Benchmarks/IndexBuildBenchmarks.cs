using BenchmarkDotNet.Attributes;
using CroydonBot.Knowledge;

namespace CroydonBot.Benchmarks;

/// <summary>
/// Start-up cost of the knowledge base: reading, cleaning and splitting seeds/, then the Lucene index and the
/// planner's spelling vocabulary, which every instance builds before it answers.
/// </summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    [Benchmark]
    public object LoadSeedPassages() => KnowledgeBaseBuilder.LoadPassages(KnowledgeStack.Content.SeedsFolder);

    [Benchmark]
    public void BuildSeedIndexAndPlanner()
    {
        using var stack = KnowledgeStack.ForSeeds();
    }
}
