using System.Text.RegularExpressions;

namespace CroydonBot.Text;

/// <summary>Splits passage text into sentences; each bullet is a sentence of its own.</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text) =>
        [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            // A bullet is one item however many sentences it has: "Matching ... was too slow." means nothing
            // without the "October 2018, the fourth visit:" before it.
            .SelectMany(line => line.StartsWith("- ", StringComparison.Ordinal) ? [line] : Boundary().Split(line))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)];

    // A full stop, question or exclamation mark followed by a space and a capital, digit, quote or bullet; not the full
    // stop of an abbreviation that goes with what follows ("ext. 44010", "Mr. Smith"), whose sentence would lose its end.
    [GeneratedRegex(@"(?<=[.!?][""')]?)(?<!\b(?:ext|Ext|tel|Tel|Mr|Mrs|Ms|Dr|St|para|paras)\.)\s+(?=[A-Z0-9£""'(\-])")]
    private static partial Regex Boundary();
}
