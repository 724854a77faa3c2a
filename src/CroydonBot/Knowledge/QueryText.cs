using System.Globalization;
using System.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Turns what someone typed into plain lower-case words: text speak expanded ("wat" -> "what"), punctuation
/// and Lucene syntax characters dropped, so user text can never be read as query syntax.
/// </summary>
public sealed class QueryText(IReadOnlyDictionary<string, string> textSpeak)
{
    public IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var token in Tokenise(text))
        {
            if (textSpeak.TryGetValue(token, out var plain))
            {
                words.AddRange(plain.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                words.Add(token);
            }
        }
        return words;
    }

    /// <summary>Lower-case runs of letters and digits; apostrophes inside words are dropped ("don't" -> "dont").</summary>
    public static IEnumerable<string> Tokenise(string text)
    {
        var current = new StringBuilder();
        foreach (var c in DocumentCleaner.Normalise(text).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '£' || c == ',' && current.Length > 0 && char.IsDigit(current[^1]))
            {
                current.Append(c);
            }
            else if (c == '\'' && current.Length > 0)
            {
                continue;
            }
            else if (current.Length > 0)
            {
                yield return Trim(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            yield return Trim(current.ToString());
        }
    }

    private static string Trim(string token) => token.TrimEnd(',').Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
}
