using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CroydonBot.Cards;

/// <summary>
/// An Adaptive Card template from dialogs/cards, filled with a small subset of the Adaptive Cards
/// Templating language: ${name} in strings, "$when" and "$data". Values only ever land inside JSON string
/// nodes, so user or seed text is escaped by the serializer and can never change the card's structure.
/// </summary>
public sealed partial class CardTemplate
{
    private readonly JsonObject _template;

    public CardTemplate(string json)
    {
        _template = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException("A card template must be a JSON object.");
    }

    public static CardTemplate Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"Missing card template: {path}");
        }
        try
        {
            return new CardTemplate(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The card template {path} is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>The card for these values. A value is a string, a bool, or a list of items (for "$data").</summary>
    public JsonObject Expand(IReadOnlyDictionary<string, object?> values) =>
        (JsonObject)Expand(_template, values)!;

    private static JsonNode? Expand(JsonNode? node, IReadOnlyDictionary<string, object?> scope) => node switch
    {
        JsonObject obj => ExpandObject(obj, scope),
        JsonArray array => ExpandArray(array, scope),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(Fill(text, scope)),
        _ => node?.DeepClone(),
    };

    private static JsonObject? ExpandObject(JsonObject obj, IReadOnlyDictionary<string, object?> scope)
    {
        if (obj["$when"] is JsonValue when && when.TryGetValue<string>(out var condition) && !IsTrue(condition, scope))
        {
            return null;
        }
        var result = new JsonObject();
        foreach (var (name, child) in obj)
        {
            if (name is "$when" or "$data")
            {
                continue;
            }
            if (Expand(child, scope) is { } expanded)
            {
                result[name] = expanded;
            }
        }
        return result;
    }

    private static JsonArray ExpandArray(JsonArray array, IReadOnlyDictionary<string, object?> scope)
    {
        var result = new JsonArray();
        foreach (var item in array)
        {
            if (item is JsonObject obj && obj["$data"] is JsonValue data && data.TryGetValue<string>(out var listName))
            {
                foreach (var element in ListOf(listName, scope))
                {
                    if (ExpandObject(obj, With(scope, element)) is { } repeated)
                    {
                        result.Add(repeated);
                    }
                }
            }
            else if (Expand(item, scope) is { } expanded)
            {
                result.Add(expanded);
            }
        }
        return result;
    }

    private static string Fill(string text, IReadOnlyDictionary<string, object?> scope) =>
        Placeholder().Replace(text, m => scope.TryGetValue(m.Groups[1].Value, out var v) && v is string s ? s : "");

    private static bool IsTrue(string condition, IReadOnlyDictionary<string, object?> scope)
    {
        var match = Placeholder().Match(condition.Trim());
        if (!match.Success || !scope.TryGetValue(match.Groups[1].Value, out var value))
        {
            return false;
        }
        return value switch
        {
            bool b => b,
            string s => s.Length > 0,
            System.Collections.ICollection c => c.Count > 0,
            _ => value is not null,
        };
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> ListOf(string reference, IReadOnlyDictionary<string, object?> scope)
    {
        var match = Placeholder().Match(reference.Trim());
        return match.Success && scope.TryGetValue(match.Groups[1].Value, out var value) && value is IEnumerable<IReadOnlyDictionary<string, object?>> list
            ? list
            : [];
    }

    private static Dictionary<string, object?> With(IReadOnlyDictionary<string, object?> scope, IReadOnlyDictionary<string, object?> item)
    {
        var merged = new Dictionary<string, object?>(scope, StringComparer.Ordinal);
        foreach (var (key, value) in item)
        {
            merged[key] = value;
        }
        return merged;
    }

    [GeneratedRegex(@"\$\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
