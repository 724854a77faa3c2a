using System.Buffers;
using System.Text.Json;
using CroydonBot.Protocol;

namespace CroydonBot.DirectLine;

/// <summary>
/// Writes a Direct Line ActivitySet body ({"activities": [...], "watermark": ...}) from activities already
/// serialised. The conversation log keeps each activity as its JSON: a third of the memory of the object
/// graph (the citations' JSON documents were most of it), and a poll or a stream frame copies bytes instead
/// of serialising the same replies again.
/// </summary>
public static class ActivitySetJson
{
    /// <summary>One activity as it is stored and sent.</summary>
    public static byte[] Serialize(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);

    /// <summary>{"activities":[...],"watermark":"..."}; the watermark is left out when null, as for any null.</summary>
    public static byte[] Write(IEnumerable<byte[]> activities, string? watermark)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                json.WriteRawValue(activity, skipInputValidation: true);
            }
            json.WriteEndArray();
            if (watermark is not null)
            {
                json.WriteString("watermark", watermark);
            }
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
