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

    public static Entity Create(IReadOnlyList<Citation> citations)
    {
        var claims = citations.Select(c => new Dictionary<string, object?>
        {
            ["@type"] = "Claim",
            ["position"] = c.Position,
            ["appearance"] = new Dictionary<string, object?>
            {
                ["@type"] = "DigitalDocument",
                // A guide is named with the date its facts were checked, and links the first public source its
                // section was written from (the card's "Read the source" opens the same address).
                ["name"] = $"{c.Title} ({(c.IsGuide && c.CheckedOn is { } checkedOn ? "checked " + AnswerRenderer.CheckedLabel(checkedOn) : c.DateLabel)})",
                ["url"] = c.Link,
                ["abstract"] = Truncate(c.Abstract, 160),
            },
        }).ToList();
        return new Entity
        {
            Type = "https://schema.org/Message",
            Properties = new Dictionary<string, JsonElement>
            {
                ["@type"] = MessageType,
                ["@context"] = SchemaContext,
                ["@id"] = NoId,
                ["citation"] = JsonSerializer.SerializeToElement(claims, ProtocolJson.Options),
            },
        };
    }

    // PROTOCOL: Teams limits a citation abstract to 160 characters.
    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
