using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CroydonBot.Bot;

/// <summary>
/// The bot's own metrics (meter "CroydonBot"): turns, answer kinds, turn latency and safeguarding matches.
/// Tags are from fixed lists only (never message text, ids or anything a caller typed), so nothing personal
/// leaves in telemetry and a caller cannot create unbounded series.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "CroydonBot";

    /// <summary>Channels named as themselves in tags; any other channel id is "other".</summary>
    private static readonly HashSet<string> KnownChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "msteams", "webchat", "directline", "emulator", "test", "cli",
    };

    private readonly Counter<long> _turns;
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _safeguarding;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("croydonbot.turns", "{turn}", "Activities the bot processed.");
        _answers = meter.CreateCounter<long>("croydonbot.answers", "{answer}", "Message turns by the kind of reply (answer, unknown, small talk...).");
        _duration = meter.CreateHistogram<double>("croydonbot.turn.duration", "s", "Time to process one activity, replies included.");
        _safeguarding = meter.CreateCounter<long>("croydonbot.safeguarding", "{match}", "Messages that showed signs of risk.");
    }

    public void RecordTurn(string entryPoint, string? channelId, string? activityType, string? kind, bool safeguarding, TimeSpan elapsed)
    {
        var channel = channelId is not null && KnownChannels.Contains(channelId) ? channelId.ToLowerInvariant() : "other";
        var type = activityType is "message" or "conversationUpdate" or "invoke" or "event" or "messageReaction" ? activityType : "other";
        var tags = new TagList { { "entry_point", entryPoint }, { "channel", channel }, { "activity_type", type } };
        _turns.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
        if (type == "message")
        {
            _answers.Add(1, new TagList { { "kind", Kind(kind) }, { "channel", channel } });
        }
        if (safeguarding)
        {
            _safeguarding.Add(1, new KeyValuePair<string, object?>("channel", channel));
        }
    }

    /// <summary>Reply kinds are the bot's own constants; anything else would be a bug, counted as "other".</summary>
    private static string Kind(string? kind) =>
        kind is null ? "none" : kind.Length <= 32 && kind.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? kind : "other";
}
