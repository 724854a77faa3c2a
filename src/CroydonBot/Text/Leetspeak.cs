using System.Text;
using System.Text.RegularExpressions;

namespace CroydonBot.Text;

/// <summary>
/// Reads digits and symbols typed in place of letters ("k1ll", "d!e", "$uicide", "5u1c1d3") as those letters.
/// Only inside a word that also has letters, so "16", "3am", "2nd" and "24/7" stay as they are.
/// </summary>
public static partial class Leetspeak
{
    /// <summary>Symbols between (or, for @ and $, before) letters become letters: "d!e" -> "die", "@buse" -> "abuse".</summary>
    public static string Symbols(string text)
    {
        if (text.AsSpan().IndexOfAny("!@$|+€£") < 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 && IsWordChar(text[i - 1]);
            var after = i + 1 < text.Length && IsWordChar(text[i + 1]);
            var letter = c switch
            {
                '!' or '|' when before && after => 'i',
                '@' when after => 'a',
                '$' when after && (before || (i + 1 < text.Length && char.IsLetter(text[i + 1]))) => 's',
                '+' when before && after => 't',
                '€' or '£' when before && after => 'e',
                _ => c,
            };
            result.Append(letter);
        }
        return result.ToString();
    }

    /// <summary>A word of letters with digits in it read with the digits as letters; any other word unchanged.</summary>
    public static string Word(string token)
    {
        if (!AsciiDigits.In(token) || !token.Any(char.IsAsciiLetter) || Measure().IsMatch(token))
        {
            return token;
        }
        return Letters(token);
    }

    /// <summary>
    /// Every digit that looks like a letter read as it, even in what is shaped like a number with a unit ("1s" -> "is"):
    /// for a reader that knows the result is a word.
    /// </summary>
    public static string Letters(string token)
    {
        return string.Create(token.Length, token, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = LetterOf(t[i]);
            }
        });
    }

    /// <summary>The letter a digit looks like ("0" is o, "4" is a, "8" is b); any other character itself.</summary>
    public static char LetterOf(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        var other => other,
    };

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '!' or '@' or '$' or '|' or '+';

    /// <summary>Numbers with a unit or ordinal ("3am", "16yo", "2nd", "10mg"): real numbers, not disguised letters.</summary>
    [GeneratedRegex(@"^\d+(?:st|nd|rd|th|am|pm|yo|yrs?|y|k|m|s|x|h|hrs?|mins?|days?|wks?|weeks?|ml|mg|g|kg|p|gb|mb|lbs?|ft|cm|mm|km)$")]
    private static partial Regex Measure();
}
