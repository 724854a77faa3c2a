using System.Text.RegularExpressions;

namespace CroydonBot.Safety.Text;

/// <summary>
/// Round AQ (safe-aq): reads a word typed with a dot, dash or underscore between every letter ("s.a.y.s", "g-o-o-d-b-y-e",
/// "k_i_l_l") as the word. The class: three or more single letters, each pair joined by one such separator, standing alone.
/// The separators mark where the word ends, so each such word is joined by itself; before, only a crisis word read this way
/// was joined (<see cref="MaskedLetters"/>) and the other words fell apart into single letters that were run together
/// across the spaces ("t-o-o-k a whole p-a-c-k" read "tooka whole pack"). Two letters ("e.g.", "s-h", "a.m.") and
/// anything with a digit ("16-25", "0800-1111") or a longer piece ("croydon.gov.uk", "cut-throat") stay as typed.
/// For the safeguarding check's reading only: the knowledge search never sees it.
/// </summary>
public static partial class SeparatedLetters
{
    /// <summary>The text with every word spelled out with separators joined into the word.</summary>
    public static string Join(string text) =>
        text.AsSpan().IndexOfAny(".-_") < 0 ? text : Spelled().Replace(text, m => string.Concat(m.Value.Where(char.IsLetter)));

    /// <summary>A letter, then two or more separator-letter pairs, not touching another letter, digit or separated piece.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}]|[\p{L}\p{N}][.\-_])\p{L}(?:[.\-_]\p{L}){2,}(?![\p{L}\p{N}]|[.\-_][\p{L}\p{N}])")]
    private static partial Regex Spelled();
}
