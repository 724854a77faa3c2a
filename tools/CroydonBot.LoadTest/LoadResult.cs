using System.Globalization;

namespace CroydonBot.LoadTest;

/// <summary>The figures of one run: answered turns per second, latency percentiles and errors.</summary>
public sealed class LoadResult
{
    public LoadResult(string name, IReadOnlyList<ConversationLog> conversations, TimeSpan measured)
    {
        Name = name;
        Conversations = conversations;
        Measured = measured;
        Latencies = [.. conversations.SelectMany(c => c.MeasuredLatencies).Order()];
    }

    public string Name { get; }
    public IReadOnlyList<ConversationLog> Conversations { get; }
    public TimeSpan Measured { get; }
    public IReadOnlyList<double> Latencies { get; }

    /// <summary>
    /// The CPU this harness used while driving the run: it shares the cores with the bot, so every
    /// millisecond it spends is one the bot cannot have.
    /// </summary>
    public TimeSpan HarnessCpuTime { get; init; }
    public int Errors => Conversations.Sum(c => c.Errors);
    public int TotalAnswered => Conversations.Sum(c => c.Answered.Count);
    public double TurnsPerSecond => Latencies.Count / Measured.TotalSeconds;

    public double Percentile(double p) => Latencies.Count == 0 ? double.NaN
        : Latencies[Math.Clamp((int)Math.Ceiling(p * Latencies.Count) - 1, 0, Latencies.Count - 1)];

    public void Print(TextWriter output, TargetProcess? process)
    {
        var statuses = string.Join(", ", Conversations.SelectMany(c => c.ErrorStatuses)
            .GroupBy(kv => kv.Key).Select(g => $"{(g.Key == 0 ? "no response" : g.Key.ToString(CultureInfo.InvariantCulture))} x{g.Sum(kv => kv.Value)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            == {Name}
               conversations        {Conversations.Count}
               measured window      {Measured.TotalSeconds:F1} s ({Latencies.Count} answered turns; {TotalAnswered} including warm-up)
               turns/s              {TurnsPerSecond:F0}
               latency p50/p95/p99  {Percentile(0.50):F2} / {Percentile(0.95):F2} / {Percentile(0.99):F2} ms (max {Percentile(1.0):F2} ms)
               errors               {Errors}{(statuses.Length > 0 ? $" ({statuses})" : "")}
               harness CPU per turn {HarnessCpuTime.TotalMilliseconds / Math.Max(1, TotalAnswered):F2} ms (the load generator, on the same cores)
            """));
        if (process is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                   start to first answer {process.StartToFirstAnswer.TotalMilliseconds:F0} ms
                   memory (RSS)         {process.ResidentBytes / 1048576.0:F0} MB now, {process.PeakResidentBytes / 1048576.0:F0} MB peak
                   bot CPU per turn     {process.LoadCpuTime.TotalMilliseconds / TotalAnswered:F2} ms ({process.LoadCpuTime.TotalSeconds:F1} s CPU for {TotalAnswered} turns, warm-up included)
                """));
        }
    }
}
