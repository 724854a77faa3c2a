using System.Text.RegularExpressions;

namespace CroydonBot.Text;

/// <summary>Splits passage text into sentences; each bullet is a sentence of its own.</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text) =>
        [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(line => Boundary().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)];

    // A full stop, question or exclamation mark followed by a space and a capital, digit, quote or bullet.
    [GeneratedRegex(@"(?<=[.!?][""')]?)\s+(?=[A-Z0-9£""'(\-])")]
    private static partial Regex Boundary();
}
