using System.Text;
using System.Text.RegularExpressions;

namespace CroydonBot.Safety;

/// <summary>
/// Puts a message into the plain form the safeguarding patterns are written for: lower case, no
/// punctuation, stretched letters shortened ("pleeease" -> "please"), text speak and common misspellings
/// expanded. Patterns then only need to know one spelling of each word.
/// </summary>
public sealed partial class SafeguardingText
{
    private readonly Dictionary<string, string> _replacements = new(StringComparer.Ordinal);
    private readonly string[] _fuzzyWords;

    public SafeguardingText(SafeguardingData data)
    {
        foreach (var (word, plain) in data.TextSpeak)
        {
            _replacements[word.ToLowerInvariant()] = plain.ToLowerInvariant();
        }
        foreach (var (plain, misspellings) in data.Typos)
        {
            foreach (var misspelling in misspellings)
            {
                _replacements[misspelling.ToLowerInvariant()] = plain.ToLowerInvariant();
            }
        }
        _fuzzyWords = [.. data.FuzzyWords.Select(w => w.ToLowerInvariant())];
    }

    /// <summary>
    /// The plain forms to check: letters typed three or more times kept as two ("killl" -> "kill"), and, when
    /// that differs, as one ("dieee" -> "die"). Either form matching is a match.
    /// </summary>
    public IReadOnlyList<string> Forms(string text)
    {
        var two = Normalise(text, 2);
        var one = Normalise(text, 1);
        return one == two ? [two] : [two, one];
    }

    /// <summary>Lower-case words separated by single spaces, stretched letters kept as two.</summary>
    public string Normalise(string text) => Normalise(text, 2);

    private string Normalise(string text, int keepRepeats)
    {
        var words = new List<string>();
        foreach (var token in Tokens(text, keepRepeats))
        {
            var word = _replacements.TryGetValue(token, out var plain) ? plain : Corrected(token);
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>Runs of letters and digits; apostrophes inside words are dropped ("don't" -> "dont").</summary>
    private static IEnumerable<string> Tokens(string text, int keepRepeats)
    {
        var squeezed = Stretched().Replace(WellFormed(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant(), m => new string(m.Value[0], keepRepeats));
        var current = new StringBuilder();
        foreach (var c in squeezed)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u02bc' && current.Length > 0)
            {
                continue;
            }
            else if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>Half of a surrogate pair on its own (which Normalize refuses) becomes U+FFFD, so no text can stop the check.</summary>
    private static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    /// <summary>A long word one keystroke away from a word that matters is read as that word ("overdoes" stays, "overdoze" -> "overdose").</summary>
    private string Corrected(string token)
    {
        if (token.Length < 6)
        {
            return token;
        }
        foreach (var word in _fuzzyWords)
        {
            if (word != token && Math.Abs(word.Length - token.Length) <= 1 && OneEditApart(token, word))
            {
                return word;
            }
        }
        return token;
    }

    /// <summary>True when one insertion, deletion, substitution or swap of neighbours turns a into b.</summary>
    internal static bool OneEditApart(string a, string b)
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

    /// <summary>A letter typed three or more times in a row ("nooooo"); two in a row is usually real ("kill").</summary>
    [GeneratedRegex(@"(\p{L})\1{2,}")]
    private static partial Regex Stretched();
}
