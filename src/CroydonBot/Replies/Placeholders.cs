using System.Text.RegularExpressions;

namespace CroydonBot.Replies;

/// <summary>Fills {name} placeholders in wording; an unknown name is left as it is so the gap is visible.</summary>
public static partial class Placeholders
{
    // Most text (every answer's, twice a turn) has no brace at all: then there is nothing to fill, and no regex or
    // closure to run.
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        !template.Contains('{', StringComparison.Ordinal)
            ? template
            : Pattern().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Pattern();
}
