using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CroydonBot.Configuration;
using CroydonBot.Safety;
using CroydonBot.Safety.Learned;
using Microsoft.Extensions.Options;

namespace CroydonBot.Benchmarks;

/// <summary>
/// The tail of the safeguarding check on new messages (the budget: at most 2 ms p99 per new message),
/// which BenchmarkDotNet's per-iteration means hide: every message of the given eval files (crises, look-alikes
/// and ordinary questions, with their earlier messages as the window) checked many times, each call timed on
/// its own and made new with a number, so the check's memory of recent messages never answers.
/// </summary>
public static class SafeguardingLatencyReport
{
    public static void Run(int rounds, IReadOnlyList<string> files)
    {
        var data = YamlFile.Read<SafeguardingData>(Path.Combine(KnowledgeStack.Content.DialogsFolder, SafeguardingData.File));
        var load = Stopwatch.StartNew();
        var classifier = new SafeguardingClassifier(Path.Combine(KnowledgeStack.Content.DialogsFolder, SafeguardingClassifier.File));
        load.Stop();
        var check = new LayeredSafeguardingCheck(new SafeguardingDetector(data), classifier, data, Options.Create(new SafeguardingOptions()));
        var cases = files.SelectMany(Read).ToList();
        var sent = 0;
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var (earlier, message) in cases)
            {
                check.Assess(message + " " + ++sent, earlier);
            }
        }
        var samples = new List<double>(rounds * cases.Count);
        var best = Enumerable.Repeat(double.MaxValue, cases.Count).ToArray();
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                var (earlier, message) = cases[i];
                var text = message + " " + ++sent;
                var start = Stopwatch.GetTimestamp();
                check.Assess(text, earlier);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                samples.Add(ms);
                best[i] = Math.Min(best[i], ms);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"safeguarding check, {cases.Count} messages x {rounds} rounds, model load {load.Elapsed.TotalMilliseconds:0} ms"));
        Print("every call", samples);
        // On a shared machine a call is sometimes descheduled mid-way; the fastest of a message's runs is what the
        // check itself costs for it, and the percentiles over messages say how costly the costly messages are.
        Print($"per message, fastest of {rounds}", [.. best]);
    }

    private static void Print(string name, List<double> samples)
    {
        samples.Sort();
        double P(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: p50 {P(50):0.000} ms, p95 {P(95):0.000} ms, p99 {P(99):0.000} ms, max {samples[^1]:0.000} ms"));
    }

    /// <summary>Single-question cases of an eval file (eval/README.md): the earlier messages and the question.</summary>
    private static IEnumerable<(List<string> Earlier, string Message)> Read(string file)
    {
        foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("question", out var question))
            {
                var context = json.RootElement.TryGetProperty("context", out var c) ? c.EnumerateArray().Select(e => e.GetString() ?? "").ToList() : [];
                yield return (context, question.GetString() ?? "");
            }
        }
    }
}
