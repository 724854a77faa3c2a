namespace CroydonBot.Safety.Text;

/// <summary>
/// Reads a word one slip away from a word that matters as that word: long words (6+ letters, "overdoze",
/// "suicde") with one letter missing, added, changed or swapped; short ones (4-5 letters, "wnat", "klil")
/// with two neighbouring letters swapped only, since one changed letter turns many short words into others
/// (3-letter ones too, "dei" -> "die", when the short list has such a word). A word that is itself on the long list
/// stays itself: "overdose" and "overdosed" are one letter apart, and until round M each was read as the other, so a
/// pattern or a topic written for "overdose" never saw the word.
/// </summary>
public sealed class KeywordSpelling(IEnumerable<string> longWords, IEnumerable<string> shortWords)
{
    private readonly string[] _longWords = [.. longWords.Select(w => w.ToLowerInvariant()).Distinct()];
    private readonly HashSet<string> _longWordSet = [.. longWords.Select(w => w.ToLowerInvariant())];
    private readonly HashSet<string> _shortWords = [.. shortWords.Select(w => w.ToLowerInvariant())];

    public string Correct(string token)
    {
        if (token.Length >= 6)
        {
            if (_longWordSet.Contains(token))
            {
                return token;
            }
            foreach (var word in _longWords)
            {
                if (word != token && Math.Abs(word.Length - token.Length) <= 1 && OneEditApart(token, word))
                {
                    return word;
                }
            }
            return token;
        }
        if (token.Length >= 3 && !_shortWords.Contains(token))
        {
            var letters = token.ToCharArray();
            for (var i = 0; i + 1 < letters.Length; i++)
            {
                (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
                var swapped = new string(letters);
                (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
                if (_shortWords.Contains(swapped))
                {
                    return swapped;
                }
            }
        }
        return token;
    }

    /// <summary>True when one insertion, deletion, substitution or swap of neighbours turns a into b.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }
        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        return b.Length - a.Length == 1 && a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
