using System.Diagnostics.Metrics;
using System.Net;
using CroydonBot.Bot;
using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>Finding 8: health endpoints for the platform's probes, and metrics that carry no message text.</summary>
public sealed class HealthAndMetricsTests
{
    [Fact]
    public async Task HealthzSaysTheProcessServesAndReadyzChecksTheDatabase()
    {
        await using var host = await BotHost.StartAsync();

        using var live = await host.Client.GetAsync("healthz");
        using var ready = await host.Client.GetAsync("readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TurnsAnswerKindsLatencyAndSafeguardingAreMeasuredWithoutMessageText()
    {
        await using var host = await BotHost.StartAsync();
        var measurements = new List<(string Instrument, object? Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BotMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            lock (measurements)
            {
                measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        }
        listener.SetMeasurementEventCallback<long>(Record);
        listener.SetMeasurementEventCallback<double>(Record);
        listener.Start();
        const string Question = "what did ofsted say about croydon in 2024";
        const string Risk = "i want to kill myself";

        await host.Client.AskAsync(Question);
        await host.Client.AskAsync(Risk);
        listener.Dispose();

        List<(string Instrument, object? Value, Dictionary<string, object?> Tags)> seen;
        lock (measurements)
        {
            seen = [.. measurements];
        }
        Assert.Contains(seen, m => m.Instrument == "croydonbot.turns");
        Assert.Contains(seen, m => m.Instrument == "croydonbot.turn.duration");
        Assert.Contains(seen, m => m.Instrument == "croydonbot.answers" && Equals(m.Tags["kind"], "answer"));
        Assert.Contains(seen, m => m.Instrument == "croydonbot.safeguarding");
        var tagValues = seen.SelectMany(m => m.Tags.Values).Select(v => v?.ToString() ?? "").ToList();
        Assert.DoesNotContain(tagValues, v => v.Contains("ofsted", StringComparison.OrdinalIgnoreCase) || v.Contains("kill", StringComparison.OrdinalIgnoreCase));
    }
}
