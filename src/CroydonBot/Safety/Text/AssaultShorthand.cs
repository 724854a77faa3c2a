using System.Text.RegularExpressions;

namespace CroydonBot.Safety.Text;

/// <summary>
/// Round AC (safe-ac): sexual assault written as its initials ("i was SA'd by my carers son", "got S.A.'d", "been SA'ed",
/// "i was SA by him") is read as "sexually assaulted". Read on the message as typed, before lower case and before the
/// apostrophe is dropped: afterwards "SA'd" is the ordinary word "sad". So only an apostrophe form, or the capitals told
/// as something done to someone (after was, got, been, being, get), are read; "sad", "im so sad" and "SA" alone (South
/// Africa, a shop's sale) are left as they are.
/// </summary>
public static partial class AssaultShorthand
{
    private const string Plain = "sexually assaulted";

    public static string Read(string text) =>
        text.Contains("sa", StringComparison.OrdinalIgnoreCase) || text.Contains("s.a", StringComparison.OrdinalIgnoreCase)
            ? Done().Replace(Apostrophe().Replace(text, Plain), "$1 " + Plain)
            : text;

    /// <summary>"SA'd", "sa'd", "S.A.'d", "SA'ed", "SA’d": the initials with an apostrophe ending, any case.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[sS]\.?[aA]\.?['’`ʼ](?:e?d|ED|D)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Apostrophe();

    /// <summary>"was SA", "got SAd", "been SAed": the initials in capitals, as something done to someone.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])((?i:was|were|got|been|being|get|getting|gets))\s+(?:S\.?A\.?|SAd|SAed|SA'd)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Done();
}
