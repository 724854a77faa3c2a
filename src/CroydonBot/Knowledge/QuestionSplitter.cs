using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Finds two questions in one message ("what's a PA? and can I get money for uni?"), so the bot can answer
/// the first and offer the second.
/// </summary>
public static partial class QuestionSplitter
{
    private const int MinWords = 3;

    public static IReadOnlyList<string> Split(string text)
    {
        var parts = Separator().Split(text)
            .Select(p => Leading().Replace(p.Trim(), ""))
            .Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
            // The second question comes back as a button: markup or control characters are never echoed.
            .Where(p => !p.Any(c => c is '<' or '>' || char.IsControl(c)))
            .ToList();
        return parts.Count >= 2 ? parts.Take(2).ToList() : [text.Trim()];
    }

    /// <summary>
    /// True when the message's first two questions are one sentence joined by "and" ("is there a forum and how often
    /// does it meet"): there a pronoun of the second points at the first. Two sentences ("Is it big? Is it just me?")
    /// each say what they are about more often than not.
    /// </summary>
    public static bool JoinedByAnd(string text)
    {
        var first = Separator().Matches(text.TrimEnd().TrimEnd('?')).FirstOrDefault();
        return first is not null && !first.Value.Contains('?') && !first.Value.Contains('.');
    }

    // A question mark ends a question; "also" after a full stop starts another; so does "and" (or its text speak
    // "n", "&") followed by a question word, typed out or not ("how much is the bursary and what is staying put",
    // "how old do u have to be n wen did it start").
    [GeneratedRegex(@"\?+\s*|\.\s+(?=also\b)|,?\s+(?:and|n|&)\s+(?=(?:what|whats|wat|wats|wot|how|hw|when|wen|who|whos|where|wer|why|can|could|do|does|did|is|are|will)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(and|also|plus|oh and)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
}
