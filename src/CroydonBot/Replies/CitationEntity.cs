using System.Text.Json;
using CroydonBot.Knowledge;
using CroydonBot.Protocol;

namespace CroydonBot.Replies;

/// <summary>
/// Builds the schema.org Message entity with Claim citations, the shape Teams and Web Chat use to show
/// numbered citations under a bot message.
/// </summary>
public static class CitationEntity
{
    // The same three values on every answer: made once. A JsonElement from SerializeToElement owns its bytes and
    // never changes, so one can be shared by every reply.
    private static readonly JsonElement MessageType = JsonSerializer.SerializeToElement("Message");
    private static readonly JsonElement SchemaContext = JsonSerializer.SerializeToElement("https://schema.org");
    private static readonly JsonElement NoId = JsonSerializer.SerializeToElement("");

    // The protocol's escaping, so the bytes are those the serializer wrote for the same claims as dictionaries.
    private static readonly JsonWriterOptions Writing = new() { Encoder = ProtocolJson.Options.Encoder };

    public static Entity Create(IReadOnlyList<Citation> citations) => new()
    {
        Type = "https://schema.org/Message",
        Properties = new Dictionary<string, JsonElement>
        {
            ["@type"] = MessageType,
            ["@context"] = SchemaContext,
            ["@id"] = NoId,
            ["citation"] = Claims(citations),
        },
    };

    /// <summary>
    /// The claims, one per citation. Written straight as JSON: every answer made a dictionary per claim and per
    /// appearance and boxed its number only to serialise them into this element (AnswerRendererTests holds the two
    /// to the same bytes).
    /// </summary>
    private static JsonElement Claims(IReadOnlyList<Citation> citations)
    {
        // This thread's protocol buffer: the element copies what it needs before the buffer is handed back.
        var buffer = ProtocolJsonBuffer.Rent();
        try
        {
            using (var json = new Utf8JsonWriter(buffer, Writing))
            {
                Write(json, citations);
            }
            var reader = new Utf8JsonReader(buffer.WrittenSpan);
            return JsonElement.ParseValue(ref reader);
        }
        finally
        {
            ProtocolJsonBuffer.Return(buffer);
        }
    }

    private static void Write(Utf8JsonWriter json, IReadOnlyList<Citation> citations)
    {
        json.WriteStartArray();
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            json.WriteStartObject();
            json.WriteString("@type", "Claim");
            json.WriteNumber("position", c.Position);
            json.WriteStartObject("appearance");
            json.WriteString("@type", "DigitalDocument");
            // A guide is named with the date its facts were checked, and links the first public source its
            // section was written from (the card's "Read the source" opens the same address).
            json.WriteString("name", $"{c.Title} ({(c.IsGuide && c.CheckedOn is { } checkedOn ? "checked " + AnswerRenderer.CheckedLabel(checkedOn) : c.DateLabel)})");
            json.WriteString("url", c.Link);
            json.WriteString("abstract", Truncate(c.Abstract, 160));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    // PROTOCOL: Teams limits a citation abstract to 160 characters.
    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
