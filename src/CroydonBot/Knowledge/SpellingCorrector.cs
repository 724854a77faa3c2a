using System.Collections.Concurrent;

namespace CroydonBot.Knowledge;

/// <summary>
/// Corrects typos ("ofstead", "entitld") against the knowledge base's own vocabulary, preferring the most
/// frequent word at the smallest edit distance, keeping the first letter. Words it cannot place are left alone.
/// A changed letter counts as one edit only when it is a slip (a key next to the right one) or a vowel spelt
/// wrong ("bursery"); any other change counts two, since it turns one real word into another ("shop" into
/// "stop", "chicken" into "checked", "rest" into "rent") far more often than it mends a typo.
/// A real English word (<see cref="EnglishWords"/>) is no typo: the seeds not using it does not make it one ("loads of
/// things" was read as "leads", "food" as "fold", "sleeping" as "seeing"). It is only read as another form of itself
/// that the seeds do use ("cheaper" as "cheap", "properly" as "proper"), which finds the same idea.
/// </summary>
public sealed class SpellingCorrector(IReadOnlyDictionary<string, int> vocabulary, EnglishWords? english = null)
{
    private readonly EnglishWords _english = english ?? EnglishWords.None;

    /// <summary>Bounds the memory of past corrections: questions can bring any number of new words.</summary>
    private const int MaxRemembered = 20_000;

    // The vocabulary never changes, so a word's correction never does; a scan of a large vocabulary is
    // tens of milliseconds, and the same typos and unknown words come back again and again.
    private readonly ConcurrentDictionary<string, string> _corrections = new(StringComparer.Ordinal);

    public string Correct(string word)
    {
        if (word.Length < 4 || vocabulary.ContainsKey(word) || word.Any(char.IsDigit))
        {
            return word;
        }
        if (_corrections.TryGetValue(word, out var known))
        {
            return known;
        }
        var corrected = Closest(word, formsOnly: _english.Contains(word));
        if (_corrections.Count < MaxRemembered)
        {
            _corrections.TryAdd(word, corrected);
        }
        return corrected;
    }

    private string Closest(string word, bool formsOnly)
    {
        var maxDistance = word.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        foreach (var (candidate, count) in vocabulary)
        {
            // Typos keep the first letter: a "correction" that changes it turns real words into guide words
            // ("brother" into "other", "driving" into "living").
            if (Math.Abs(candidate.Length - word.Length) > maxDistance || candidate.Length < 3 || candidate[0] != word[0])
            {
                continue;
            }
            if (formsOnly && !IsFormOf(word, candidate))
            {
                continue;
            }
            var distance = Distance(word, candidate, maxDistance);
            if (distance <= maxDistance && (distance < bestDistance || distance == bestDistance && count > bestCount))
            {
                (best, bestDistance, bestCount) = (candidate, distance, count);
            }
        }
        return best ?? word;
    }

    // Endings that make another form of the same word: "cheap"/"cheaper", "proper"/"properly", "move"/"moved", "option"/"options".
    private static readonly string[] FormEndings = ["s", "es", "d", "ed", "ing", "r", "er", "est", "ly"];

    /// <summary>
    /// True when one word is the other with an ending of <see cref="FormEndings"/>, the shorter of four or more letters:
    /// "plan"/"plant", "count"/"country" and "fee"/"feed" are different words, not forms of one.
    /// </summary>
    public static bool IsFormOf(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 4 && longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal)
            && FormEndings.Contains(longer[shorter.Length..]);
    }

    /// <summary>True when typing <paramref name="x"/> for <paramref name="y"/> is a likely slip: neighbouring keys, or two vowels.</summary>
    public static bool IsSlip(char x, char y)
    {
        if (Vowels.Contains(x) && Vowels.Contains(y))
        {
            return true;
        }
        var (px, py) = (KeyOf(x), KeyOf(y));
        return px.Row >= 0 && py.Row >= 0 && Math.Abs(px.Row - py.Row) <= 1 && Math.Abs(px.Column - py.Column) <= 1;
    }

    private const string Vowels = "aeiouy";

    // A UK keyboard's letter rows; a row's keys sit about half a key to the right of the row above.
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private static (int Row, double Column) KeyOf(char c)
    {
        for (var r = 0; r < Rows.Length; r++)
        {
            var column = Rows[r].IndexOf(c);
            if (column >= 0)
            {
                return (r, column + 0.5 * r);
            }
        }
        return (-1, 0);
    }

    /// <summary>Optimal string alignment distance (a swap of two letters counts as one, a changed letter that is no slip two), stopping early past max.</summary>
    public static int Distance(string a, string b, int max)
    {
        // Three rolling rows instead of a full matrix: this runs once per vocabulary word for every unknown
        // word in a question, so it must not allocate (a matrix each time was most of a typo's cost).
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 1024 ? stackalloc int[width * 3] : new int[width * 3];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : IsSlip(a[i - 1], b[j - 1]) ? 1 : 2;
                var v = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, twoBack[j - 2] + 1);
                }
                current[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            // Rotate: the row two back is overwritten next.
            var spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[b.Length];
    }
}
