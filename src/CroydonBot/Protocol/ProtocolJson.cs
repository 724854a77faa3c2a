using System.Text.Json;
using System.Text.Json.Serialization;

namespace CroydonBot.Protocol;

/// <summary>The one JSON setting for the wire: web defaults (camelCase), nulls omitted, shallow nesting.</summary>
public static class ProtocolJson
{
    /// <summary>Activities are shallow; a deeper document is hostile or broken, so parsing stops early.</summary>
    public const int MaxDepth = 32;

    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = MaxDepth,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
