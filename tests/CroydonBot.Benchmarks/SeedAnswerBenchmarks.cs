using BenchmarkDotNet.Attributes;

namespace CroydonBot.Benchmarks;

/// <summary>Per question over the real seed index: retrieval alone, and retrieval plus the composed reply.</summary>
[MemoryDiagnoser]
public class SeedAnswerBenchmarks
{
    private KnowledgeStack _stack = null!;

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = "";

    public static IEnumerable<string> Questions => SampleQuestions.All;

    [GlobalSetup]
    public void Setup() => _stack = KnowledgeStack.ForSeeds();

    [GlobalCleanup]
    public void Cleanup() => _stack.Dispose();

    [Benchmark(Baseline = true)]
    public object Retrieve() => _stack.Retriever.Retrieve(Question);

    [Benchmark]
    public object? RetrieveAndCompose() => _stack.Answer(Question);
}
