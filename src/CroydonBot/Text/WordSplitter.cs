namespace CroydonBot.Text;

/// <summary>
/// Splits words typed without spaces ("iwanttodie", "killmyself") into the known words they are made of.
/// A word is split only when it is not itself known and every piece is known (single letters only "i" and
/// "a"), taking the split with the fewest pieces, so real words ("therapist") are never cut up.
/// </summary>
public sealed class WordSplitter(IReadOnlySet<string> vocabulary)
{
    /// <summary>Shorter unknown words are typos or names, not run-together sentences.</summary>
    public const int MinimumLength = 6;

    private const int LongestWord = 20;

    public IReadOnlySet<string> Vocabulary { get; } = vocabulary;

    /// <summary>The pieces of <paramref name="word"/>, or null when it should stay as it is.</summary>
    public string[]? Split(string word)
    {
        if (word.Length < MinimumLength || word.Length > 80 || Vocabulary.Contains(word) || !word.All(char.IsAsciiLetterLower))
        {
            return null;
        }
        // fewest[i]: the fewest known pieces word[..i] splits into; from[i]: where the last piece starts.
        var fewest = new int[word.Length + 1];
        var from = new int[word.Length + 1];
        Array.Fill(fewest, int.MaxValue);
        fewest[0] = 0;
        var lookup = Vocabulary as HashSet<string>;
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = Math.Max(0, end - LongestWord); start < end; start++)
            {
                if (fewest[start] == int.MaxValue || fewest[start] + 1 >= fewest[end])
                {
                    continue;
                }
                var piece = word[start..end];
                if (piece.Length == 1 ? piece is "i" or "a" : Vocabulary.Contains(piece))
                {
                    fewest[end] = fewest[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (fewest[word.Length] == int.MaxValue || fewest[word.Length] < 2)
        {
            return null;
        }
        var pieces = new string[fewest[word.Length]];
        for (int end = word.Length, k = pieces.Length - 1; end > 0; end = from[end], k--)
        {
            pieces[k] = word[from[end]..end];
        }
        // Two pieces, one of them tiny, is more often an unknown form of a word ("abuses" as "a buses") than two words.
        return pieces.Length == 2 && pieces.Any(p => p.Length < 3) ? null : pieces;
    }
}
