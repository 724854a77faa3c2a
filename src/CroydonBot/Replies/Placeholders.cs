using System.Text.RegularExpressions;

namespace CroydonBot.Replies;

/// <summary>Fills {name} placeholders in wording; an unknown name is left as it is so the gap is visible.</summary>
public static partial class Placeholders
{
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Pattern().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Pattern();
}
