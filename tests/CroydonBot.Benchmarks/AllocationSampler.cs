using System.Diagnostics.Tracing;
using System.Globalization;

namespace CroydonBot.Benchmarks;

/// <summary>
/// The runtime's allocation samples (one event about every 100 KB allocated, naming the type that crossed the mark),
/// summed by type: where a turn's allocations go, without a profiler attached.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = [];
    private readonly Lock _lock = new();
    private volatile bool _on;

    public void Start() => _on = true;

    public void Stop() => _on = false;

    /// <summary>The types with the most sampled bytes, and each one's share of all sampled bytes.</summary>
    public void Print(TextWriter output, int top)
    {
        lock (_lock)
        {
            var total = Math.Max(1, _bytes.Values.Sum());
            foreach (var (type, bytes) in _bytes.OrderByDescending(b => b.Value).Take(top))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * bytes / total,6:0.0}%  {type}"));
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            // GC keyword (0x1) at verbose level: GCAllocationTick.
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_on || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }
        var names = eventData.PayloadNames!;
        var type = eventData.Payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[names.IndexOf(names.Contains("AllocationAmount64") ? "AllocationAmount64" : "AllocationAmount")], CultureInfo.InvariantCulture);
        lock (_lock)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }
}
