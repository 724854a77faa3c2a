using System.Text;

namespace CroydonBot.QuestionLog.Search;

/// <summary>The words of a search, and how far a stored word may be spelt from one of them and still match.</summary>
public static class SearchWords
{
    /// <summary>More words than this are ignored: each one is a vocabulary look-up.</summary>
    public const int MaxWords = 8;

    /// <summary>Lower-case runs of letters and digits, each once, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (current.Length > 0 && !words.Contains(current.ToString()))
            {
                words.Add(current.ToString());
            }
            current.Clear();
        }
        return [.. words.Take(MaxWords)];
    }

    /// <summary>
    /// Edits allowed between a searched stem and a stored one: none for short words (too many neighbours), one
    /// for most words, two for long ones, where a typo rarely lands on another real word.
    /// </summary>
    public static int Tolerance(string stem) => stem.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>The stored stems close enough to <paramref name="stem"/>, itself first when stored.</summary>
    public static IReadOnlyList<string> Neighbours(string stem, IEnumerable<string> vocabulary)
    {
        var tolerance = Tolerance(stem);
        return [.. vocabulary
            .Select(term => (Term: term, Distance: Distance(stem, term)))
            .Where(t => t.Distance <= tolerance)
            .OrderBy(t => t.Distance).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Select(t => t.Term)
            .Take(20)];
    }
}
