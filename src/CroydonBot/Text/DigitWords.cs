namespace CroydonBot.Text;

/// <summary>
/// Reads a lone "2" or "4" typed between words as "to" or "for" ("quickest way 2 go", "nowhere 4 me"), and leaves it a
/// number when it counts what follows ("2 pills", "4 days", "2 bed flat", "owe them 2 grand"). Text speak uses the
/// digit for the word, a count puts it before a noun: the word after it tells which. Only between two words, so a
/// number in a list of numbers ("0800 1111", "2 4 6") and a number at the start of a message stay numbers.
/// </summary>
public static class DigitWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal) { ["2"] = "to", ["4"] = "for" };

    /// <summary>Singular words a count comes before; plurals ("days", "pills") are told by their ending.</summary>
    private static readonly HashSet<string> Counted = new(StringComparer.Ordinal)
    {
        "of", "or", "and", "more", "less", "x", "k", "am", "pm", "oclock", "ish", "half", "quarter", "hundred",
        "thousand", "million", "grand", "quid", "pound", "pence", "p", "bed", "bedroom", "bedroomed", "year", "yr",
        "month", "week", "wk", "day", "night", "hour", "hr", "min", "minute", "second", "sec", "time", "mg", "ml",
        "g", "kg", "mile", "stone", "kilo", "litre", "pill", "tablet", "box", "packet", "pack", "bottle", "bag",
        "can", "person", "man", "woman", "kid", "child", "boy", "girl", "baby", "year old", "other", "extra", "new",
        "different", "separate", "weekly", "monthly", "hourly", "nil", "1", "0", "nd", "th", "out",
    };

    /// <summary>The tokens with each digit that stands for a word replaced by that word.</summary>
    public static List<string> Read(IReadOnlyList<string> tokens)
    {
        var read = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            read.Add(Words.TryGetValue(token, out var word) && StandsForAWord(tokens, i) ? word : token);
        }
        return read;
    }

    private static bool StandsForAWord(IReadOnlyList<string> tokens, int i)
    {
        if (i == 0 || i + 1 >= tokens.Count || !IsWord(tokens[i - 1]) || !IsWord(tokens[i + 1]))
        {
            return false;
        }
        return !CountsWhatFollows(tokens[i + 1]);
    }

    /// <summary>True when a number before <paramref name="next"/> counts it ("2 days", "1 year", "4 more"), so it is a number.</summary>
    public static bool CountsWhatFollows(string next)
    {
        var plural = next.Length > 3 && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal);
        return plural || Counted.Contains(next);
    }

    private static bool IsWord(string token) => token.Length > 0 && token.All(char.IsAsciiLetter);
}
