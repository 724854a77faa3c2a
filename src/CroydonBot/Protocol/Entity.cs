using System.Text.Json;
using System.Text.Json.Serialization;

namespace CroydonBot.Protocol;

/// <summary>
/// An entity attached to an activity. Its fields depend on its type (clientInfo, mention, a schema.org
/// Message with citations...), so everything but the type is kept as raw JSON.
/// </summary>
public sealed record Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
