using System.Text.Json;
using CroydonBot.Protocol;

namespace CroydonBot.Replies;

/// <summary>The channelData every reply carries, so analytics and tests can tell replies apart.</summary>
public static class ReplyChannelData
{
    // The protocol's escaping, so the bytes are those the serializer wrote for ReplyMetadata with ProtocolJson.Options.
    private static readonly JsonWriterOptions Writing = new() { Encoder = ProtocolJson.Options.Encoder };

    /// <summary>
    /// The channelData of one reply: its kind, its confidence rounded to three places and the passages it came from (each left
    /// out when null or empty, as the protocol's options omit nulls).
    /// </summary>
    /// <remarks>
    /// Round AR (perf-ar): written straight as JSON, as <see cref="CitationEntity"/> writes its claims. Serialising a
    /// record through the protocol's options walked the serializer's reflection-built metadata for three fields on every
    /// reply (about 3% of an uncached turn's CPU in the profile); ReplyChannelDataTests holds the two to the same bytes.
    /// </remarks>
    public static JsonElement Create(string kind, double? confidence, IReadOnlyList<string>? sources = null)
    {
        // This thread's protocol buffer: the element copies what it needs before the buffer is handed back.
        var buffer = ProtocolJsonBuffer.Rent();
        try
        {
            using (var json = new Utf8JsonWriter(buffer, Writing))
            {
                json.WriteStartObject();
                json.WriteString("kind", kind);
                if (confidence is { } value)
                {
                    json.WriteNumber("confidence", Math.Round(value, 3));
                }
                if (sources is { Count: > 0 })
                {
                    json.WriteStartArray("sources");
                    for (var i = 0; i < sources.Count; i++)
                    {
                        json.WriteStringValue(sources[i]);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            var reader = new Utf8JsonReader(buffer.WrittenSpan);
            return JsonElement.ParseValue(ref reader);
        }
        finally
        {
            ProtocolJsonBuffer.Return(buffer);
        }
    }

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

}
