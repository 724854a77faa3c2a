using System.Text.RegularExpressions;

namespace CroydonBot.Safety.Text;

/// <summary>
/// Round AT (crisis-at): reads a message typed one letter at a time, with one space between the letters of a word and two or
/// more between words ("m u m s  b f  h i t s  m e"), as its words ("mums bf hits me"). Before, every single letter was run
/// together across the word gaps (<see cref="CroydonBot.Text.SpacedLetters"/>: "mumsbfhitsme") and the splitter, which knows
/// only the patterns' words, could not find them all, so neither the patterns nor the learned layer read the message. The
/// class: the wider gaps mark where the words end, so it applies only when the message has such a gap between two single
/// letters and at least one word of three or more spaced letters; each run of single letters split by one space is then
/// joined by itself. Ordinary text ("i  a m ok") has no such run and stays as typed. For the safeguarding reading only.
/// </summary>
public static partial class SpacedOutWords
{
    /// <summary>The text with each letter-by-letter word joined, when the message is spaced out that way; else the text.</summary>
    public static string Join(string text) =>
        WordGap().IsMatch(text) && LongRun().IsMatch(text)
            ? Run().Replace(text, m => string.Concat(m.Value.Where(c => c != ' ')))
            : text;

    /// <summary>Two single letters with two or more spaces between them: a gap between words spelled letter by letter.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L} {2,}\p{L}(?![\p{L}\p{N}])")]
    private static partial Regex WordGap();

    /// <summary>Three or more single letters, each pair split by exactly one space: a word spelled out.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])")]
    private static partial Regex LongRun();

    /// <summary>Two or more single letters, each pair split by exactly one space, not touching another letter.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}] ?)\p{L}(?: \p{L})+(?![\p{L}\p{N}]| [\p{L}\p{N}])")]
    private static partial Regex Run();
}
