namespace CroydonBot.Text;

/// <summary>
/// A message as the knowledge step's message patterns read it: lower case, with the curly apostrophe a phone types (’) made
/// straight, so "I’m" and "i'm" are one. Punctuation and spacing are kept (unlike <see cref="PlainWords"/>): the patterns split
/// clauses at commas and read "i'm" with its apostrophe.
/// </summary>
public static class LowerText
{
    [ThreadStatic]
    private static Remembered? t_last;

    /// <summary>The lower-case text of <paramref name="text"/>, its curly apostrophes straight.</summary>
    public static string Of(string text)
    {
        // Round AS (perf-as): the checks of what is beyond the sources (AskerOutsideTheCoveredGroup, YearNoSourceCovers) each
        // lowered the same message one after another on the thread running the turn; the last text of each thread is kept.
        if (t_last is { } last && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last.Lower;
        }
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        t_last = new Remembered(text, lower);
        return lower;
    }

    private sealed record Remembered(string Text, string Lower);
}
