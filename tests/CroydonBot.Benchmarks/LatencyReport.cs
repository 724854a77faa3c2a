using System.Diagnostics;
using System.Globalization;

namespace CroydonBot.Benchmarks;

/// <summary>
/// The tail the issue's targets name (p50/p95/p99 of single answers), which BenchmarkDotNet's per-iteration
/// means hide: every sample question answered many times, each call timed on its own, per corpus, with the
/// build time and the managed heap the index holds.
/// </summary>
public static class LatencyReport
{
    private static string[] _questions = SampleQuestions.All;

    public static void Run(int rounds, IReadOnlyList<int> sizes, IReadOnlyList<string>? questions = null)
    {
        _questions = questions is { Count: > 0 } ? [.. questions] : SampleQuestions.All;
        Console.WriteLine($"{"corpus",-14}{"passages",10}{"build ms",10}{"heap MB",9}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}{"max ms",9}{"alloc KB/q",12}{"CPU ms/q",11}");
        Measure("seeds", () => KnowledgeStack.ForSeeds(), rounds);
        foreach (var size in sizes)
        {
            Measure($"generated", () => KnowledgeStack.For(GeneratedCorpus.Create(size)), rounds);
        }
    }

    private static void Measure(string name, Func<KnowledgeStack> create, int rounds)
    {
        Collect();
        var before = GC.GetTotalMemory(true);
        var build = Stopwatch.StartNew();
        using var stack = create();
        build.Stop();
        Collect();
        var heap = (GC.GetTotalMemory(true) - before) / 1024.0 / 1024.0;
        // Warm up for two seconds: tiered JIT (tier 0 to optimised code) and Lucene's first-touch caches
        // are start-up costs, not per-question ones. After it, each question has been asked before, so
        // the spelling corrector's memory of unknown words is warm too (see docs/performance.md).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var q in _questions)
            {
                stack.Answer(q);
            }
        }
        var samples = new List<double>(rounds * _questions.Length);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var q in _questions)
            {
                var start = Stopwatch.GetTimestamp();
                stack.Answer(q);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        var perQuestion = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / samples.Count;
        process.Refresh();
        // The process's CPU per question (the collector's threads included): what a busy shared machine disturbs least.
        var cpuPerQuestion = (process.TotalProcessorTime - cpu).TotalMilliseconds / samples.Count;
        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-14}{stack.Index.Passages.Count,10}{build.Elapsed.TotalMilliseconds,10:F0}{heap,9:F1}{At(samples, 0.50),9:F3}{At(samples, 0.95),9:F3}{At(samples, 0.99),9:F3}{samples[^1],9:F3}{perQuestion,12:F1}{cpuPerQuestion,11:F3}"));
    }

    private static double At(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
