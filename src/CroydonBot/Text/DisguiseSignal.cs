using System.Text.RegularExpressions;

namespace CroydonBot.Text;

/// <summary>
/// Tells a message typed in disguised spelling ("wh0 d0 1 @sk", "c a r e  l e a v e r s") from an ordinary one, so
/// only a disguised message is read back into plain words and an ordinary one reaches the question path as typed. The
/// signal is the share of words that mix letters with digits or symbols, or a run of letters typed one at a time: one
/// such word ("in2", "p45", "n109") is text speak or a code; a disguise changes most of the words.
/// </summary>
public static partial class DisguiseSignal
{
    /// <summary>At least this many mixed words: a single one is text speak or a code, not a disguised message.</summary>
    public const int MinimumMixedWords = 2;

    /// <summary>At least this share of the words mixed: a long message with two codes in it is not disguised.</summary>
    public const double MinimumMixedShare = 0.25;

    /// <summary>True when most of the message is disguised: enough mixed words, or letters typed one at a time.</summary>
    public static bool IsDisguised(IReadOnlyList<string> tokens, Func<string, bool> isKnown)
    {
        var words = 0;
        var mixed = 0;
        foreach (var token in tokens)
        {
            if (!token.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            words++;
            if (Parts(Core(token)).Any(p => IsMixed(p, isKnown)))
            {
                mixed++;
            }
        }
        return HasSpacedRun(tokens) || tokens.Any(t => IsSpelledOut(Core(t))) || mixed >= MinimumMixedWords && mixed >= MinimumMixedShare * words;
    }

    /// <summary>
    /// Round AC (route-ac): true for a word typed one letter at a time with a separator between the letters ("c-o-m-p-l-a-i-n-t",
    /// "s.u.i.c.i.d.e"): the letters are the word, hidden from a reader of words. Three letters or more, as for letters spaced apart;
    /// "e.g." and "a.m." have two, and a reference's parts are longer than one letter.
    /// </summary>
    public static bool IsSpelledOut(string core) =>
        Parts(core) is { Length: >= SpacedLetters.MinimumRun } parts && parts.All(p => p.Length == 1 && char.IsLetter(p[0]));

    /// <summary>
    /// True for a part of a word that mixes letters with digits or with symbols standing for letters ("cr0yd0n",
    /// "l3@v3rs", "wh@"), and is neither a number with a unit ("3am", "2nd"), a code ("p45", "n109", "se25"), text
    /// speak the question path reads already ("b4", "2day", "gr8": only 2 and 8, said as syllables), nor a known word.
    /// </summary>
    public static bool IsMixed(string part, Func<string, bool> isKnown)
    {
        var lower = part.ToLowerInvariant();
        if (!lower.Any(char.IsAsciiLetter) || !lower.Any(c => char.IsAsciiDigit(c) || IsLetterSymbol(c)) || isKnown(lower))
        {
            return false;
        }
        var digits = lower.Where(char.IsAsciiDigit).ToList();
        if (digits.Count > 0 && digits.All(d => d is '2' or '8') && !lower.Any(IsLetterSymbol))
        {
            return false;
        }
        if (lower.Any(IsLetterSymbol) || isKnown(Leetspeak.Letters(lower)))
        {
            // "wh@", "1s" (shaped like one second, but "is" in a disguise).
            return true;
        }
        return !IsCode(lower) && Leetspeak.Word(lower) != lower;
    }

    /// <summary>
    /// Letters then two or more digits: a form, bus route or postcode ("p45", "n109", "se25", "covid19"); a doubled
    /// 0 or 3 at the end is a doubled vowel ("fr33", "t00").
    /// </summary>
    private static bool IsCode(string lower) => Code().IsMatch(lower) && !lower.EndsWith("00", StringComparison.Ordinal) && !lower.EndsWith("33", StringComparison.Ordinal);

    /// <summary>Symbols typed for letters: "@" for a, "$" for s, "!" and "|" for i, "+" for t.</summary>
    public static bool IsLetterSymbol(char c) => c is '@' or '$' or '!' or '|' or '+';

    /// <summary>
    /// The word without the punctuation around it ("t4x?" -> "t4x"); a leading "@" or "$" stays, as it stands for a letter
    /// ("@sk"), and so does a trailing "@" after a letter ("wh@").
    /// </summary>
    public static string Core(string token)
    {
        var start = 0;
        while (start < token.Length && !char.IsLetterOrDigit(token[start]) && token[start] is not ('@' or '$'))
        {
            start++;
        }
        var end = token.Length;
        while (end > start && !char.IsLetterOrDigit(token[end - 1]) && !(token[end - 1] == '@' && end - 1 > start && char.IsLetter(token[end - 2])))
        {
            end--;
        }
        return token[start..end];
    }

    /// <summary>
    /// The parts of a word between separators ("FB-2026-000123" -> "FB", "2026", "000123"; "16-25"; "£3,000"): each is
    /// judged alone, so a reference or a range, whose parts are all letters or all digits, is never read as disguised.
    /// </summary>
    public static string[] Parts(string core) => Separator().Split(core);

    /// <summary>
    /// True when three or more single letters are typed in a row ("c u t t i n g"), counting a symbol or digit typed for a
    /// letter among them ("p @ t h w @ y", "h 0 w": <see cref="IsSpacedLetter"/>).
    /// </summary>
    public static bool HasSpacedRun(IReadOnlyList<string> tokens)
    {
        var run = 0;
        var letters = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsSpacedLetter(tokens, i))
            {
                run++;
                letters += char.IsLetter(tokens[i][0]) ? 1 : 0;
            }
            else
            {
                run = 0;
                letters = 0;
            }
            if (run >= SpacedLetters.MinimumRun && letters >= MinimumLettersInARun)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A run of spaced units needs this many real letters: "@ $ 1" is not a word typed apart.</summary>
    public const int MinimumLettersInARun = 2;

    /// <summary>
    /// Round AK (first-ak): true when <paramref name="tokens"/>[<paramref name="i"/>] is one letter of a word typed a letter at
    /// a time: a letter, a symbol typed for a letter ("@" for a, "$" for s: "p @ t h w @ y"), or a digit typed for a letter with a
    /// spaced letter or symbol on both sides ("h 0 w"). A digit at a run's edge ("a g e d 1 9") is a number, so it is not one.
    /// </summary>
    public static bool IsSpacedLetter(IReadOnlyList<string> tokens, int i)
    {
        var token = tokens[i];
        if (token.Length != 1)
        {
            return false;
        }
        var c = token[0];
        if (char.IsLetter(c) || c is '@' or '$')
        {
            return true;
        }
        return c is '0' or '1' or '3' or '4' or '5' or '7'
            && i > 0 && i + 1 < tokens.Count && IsLetterOrLetterSymbol(tokens[i - 1]) && IsLetterOrLetterSymbol(tokens[i + 1]);
    }

    private static bool IsLetterOrLetterSymbol(string token) => token.Length == 1 && (char.IsLetter(token[0]) || token[0] is '@' or '$');

    /// <summary>The letter a spaced unit stands for: "@" is a, "$" is s, a digit the letter it looks like; a letter itself.</summary>
    /// <remarks>"8" and "9" stay digits in a spaced run: beside "1" they are far more often an age (18, 19) than "b" or "g".</remarks>
    public static char SpacedLetterOf(char c) => c switch
    {
        '@' => 'a',
        '$' => 's',
        '8' or '9' => c,
        _ => Leetspeak.LetterOf(c),
    };

    [GeneratedRegex(@"^[a-z]{1,5}\d{2,}$")]
    private static partial Regex Code();

    [GeneratedRegex(@"[-/.,:'’]")]
    private static partial Regex Separator();
}
