using System.Text.Json;
using CroydonBot.Protocol;

namespace CroydonBot.Replies;

/// <summary>The channelData every reply carries, so analytics and tests can tell replies apart.</summary>
public static class ReplyChannelData
{
    public static JsonElement Create(string kind, double? confidence, IReadOnlyList<string>? sources = null) =>
        JsonSerializer.SerializeToElement(
            new ReplyMetadata(kind, confidence is null ? null : Math.Round(confidence.Value, 3), sources is { Count: > 0 } ? sources : null),
            ProtocolJson.Options);

    /// <summary>Reads the kind back from a reply; used by the CLI and tests.</summary>
    public static string? KindOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("kind", out var kind) ? kind.GetString() : null;

    /// <summary>The passage ids an answer came from, read back from a reply.</summary>
    public static IReadOnlyList<string> SourcesOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array
            ? [.. s.EnumerateArray().Select(e => e.GetString() ?? "")]
            : [];

    /// <summary>The confidence read back from a reply.</summary>
    public static double? ConfidenceOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number
            ? c.GetDouble()
            : null;

    private sealed record ReplyMetadata(string Kind, double? Confidence, IReadOnlyList<string>? Sources);
}
