namespace CroydonBot.Text;

/// <summary>
/// Joins words typed one letter at a time ("k i l l m y s e l f", "s.u.i.c.i.d.e") back into one run of
/// letters; <see cref="WordSplitter"/> then finds the words in it.
/// </summary>
public static class SpacedLetters
{
    /// <summary>How many single letters in a row count as a spelled-out word; two ("i a") happen in normal text.</summary>
    public const int MinimumRun = 3;

    public static List<string> Join(IReadOnlyList<string> tokens)
    {
        var joined = new List<string>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var end = i;
            while (end < tokens.Count && tokens[end].Length == 1)
            {
                end++;
            }
            if (end - i >= MinimumRun)
            {
                joined.Add(string.Concat(tokens.Skip(i).Take(end - i)));
                i = end;
            }
            else
            {
                joined.Add(tokens[i]);
                i++;
            }
        }
        return joined;
    }
}
