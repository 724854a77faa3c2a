using System.Text;
using System.Text.Json;

namespace CroydonBot.LoadTest;

/// <summary>
/// The activity a channel posts for one turn, with expectReplies, serialised once per turn. Every activity
/// gets its own id: the bot may drop replayed ids, and a real channel never repeats one.
/// </summary>
public static class MessageBody
{
    public const string ChannelId = "test";

    public static byte[] Create(string conversationId, string userId, string text, long sequence)
    {
        using var buffer = new MemoryStream(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", $"{conversationId}-{sequence}");
            json.WriteString("channelId", ChannelId);
            json.WriteString("serviceUrl", "http://127.0.0.1:9/");
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("name", "Load test");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "bot");
            json.WriteEndObject();
            json.WriteString("text", text);
            json.WriteString("locale", "en-GB");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static string Describe(byte[] body) => Encoding.UTF8.GetString(body);
}
