using System.Text.Json;
using System.Text.Json.Nodes;
using CroydonBot.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace CroydonBot.IntegrationTests.Safety;

/// <summary>A generated POST body and, when it is a readable message activity, the text it carries and whether it has an id.</summary>
public sealed record HostileBody(string Json, string? MessageText, string? Type, bool HasId = false, bool HasValue = false);

/// <summary>Generators for JSON bodies: real activities with odd fields, broken JSON, deep nesting and other values.</summary>
public static class HostileJson
{
    private static readonly string[] Types =
        ["message", "message", "message", "conversationUpdate", "typing", "event", "invoke", "endOfConversation", "messageReaction", "installationUpdate", "made-up", ""];

    private static readonly string?[] DeliveryModes = ["expectReplies", "expectReplies", null, "normal", "default", "stream", "nonsense"];

    private static readonly Gen<JsonNode?> Leaf =
        Gen.Elements<Func<JsonNode?>>(() => null, () => JsonValue.Create(1), () => JsonValue.Create("x"), () => JsonValue.Create(true), () => JsonValue.Create(-1e308))
            .Select(make => make());

    /// <summary>A value nested up to <paramref name="maxDepth"/> arrays and objects deep, built from a list of choices.</summary>
    private static Gen<JsonNode?> Value(int maxDepth) =>
        from depth in Gen.Choose(0, maxDepth)
        from arrays in Gen.ArrayOf(Gen.Elements(true, false), depth)
        from leaf in Leaf
        select arrays.Aggregate(leaf, (inner, isArray) => isArray ? new JsonArray(inner) : new JsonObject { ["k"] = inner });

    /// <summary>An activity with generated text, type, delivery mode, extra and nested fields.</summary>
    private static Gen<HostileBody> Activity { get; } =
        from text in HostileText.Message
        from type in Gen.Elements(Types)
        from mode in Gen.Elements(DeliveryModes)
        from value in Value(40)
        from withValue in Gen.Elements(false, false, true)
        from withId in Gen.Elements(true, true, false)
        select Build(text, type, mode, withValue ? value : null, withId);

    /// <summary>Any body: mostly activities, also cut-off JSON and JSON that is not an object.</summary>
    public static Gen<HostileBody> Body { get; } = Gen.Frequency(
        (6, Activity),
        (2, Activity.SelectMany(a => Gen.Choose(0, Math.Max(0, a.Json.Length - 1)).Select(cut => new HostileBody(a.Json[..cut], null, null)))),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => new HostileBody(s ?? "", null, null))),
        (1, Value(5).Select(v => new HostileBody(v?.ToJsonString() ?? "null", null, null))));

    private static HostileBody Build(string text, string type, string? mode, JsonNode? value, bool withId)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = withId ? Guid.NewGuid().ToString("N") : null,
            ["channelId"] = "test",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["conversation"] = new JsonObject { ["id"] = Guid.NewGuid().ToString("N") },
            ["from"] = new JsonObject { ["id"] = "user-1" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1" },
            ["text"] = text,
            ["deliveryMode"] = mode,
            ["unknownField"] = new JsonObject { ["nested"] = "kept" },
        };
        if (value is not null)
        {
            activity["value"] = value;
        }
        var json = activity.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return new HostileBody(json, type == ActivityTypes.Message ? text : null, type, withId, value is not null);
    }
}
