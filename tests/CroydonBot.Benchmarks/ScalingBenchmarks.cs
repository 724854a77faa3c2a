using BenchmarkDotNet.Attributes;

namespace CroydonBot.Benchmarks;

/// <summary>
/// How retrieval and composition grow with the corpus: generated corpora of 1k, 10k and 100k passages,
/// each question of <see cref="SampleQuestions"/> in turn per operation.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private KnowledgeStack _stack = null!;
    private int _next;

    [Params(1_000, 10_000, 100_000)]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup() => _stack = KnowledgeStack.For(GeneratedCorpus.Create(Passages));

    [GlobalCleanup]
    public void Cleanup() => _stack.Dispose();

    [Benchmark]
    public object? RetrieveAndCompose()
    {
        var question = SampleQuestions.All[_next++ % SampleQuestions.All.Length];
        return _stack.Answer(question);
    }
}
