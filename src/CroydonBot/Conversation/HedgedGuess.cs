using System.Text.RegularExpressions;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AN (follow-an, part 2): the asker's own hedged guess at the answer after an open question ("wat happened after that
/// <b>did the goverment take over or sumthin</b>", "why did it change, was it the new boss or smth"). The question is the open
/// part; the guess ends in "or something", so it is offered, not asked, and its words ("government") are no subject of the
/// question. Read with them, a short follow-up ("what happened after that") reads as a question of its own.
/// </summary>
public static partial class HedgedGuess
{
    /// <summary>Fewer words than this before the guess is no question of its own.</summary>
    private const int MinQuestionWords = 3;

    /// <summary>
    /// <paramref name="question"/> without a closing yes-or-no guess hedged with "or something", when an open question ("what",
    /// "how", "why", ...) of a few words comes before it; else itself.
    /// </summary>
    public static string Without(string question)
    {
        var guess = Guess().Match(question);
        if (!guess.Success)
        {
            return question;
        }
        var before = question[..guess.Index];
        var words = Text.PlainWords.Split(before).ToList();
        return words.Count >= MinQuestionWords && words.Any(OpenWords.Contains) ? before : question;
    }

    /// <summary>Words opening an open question (not a yes or no one).</summary>
    private static readonly HashSet<string> OpenWords = new(StringComparer.Ordinal)
    {
        "what", "wat", "wot", "whats", "how", "why", "where", "when", "who",
    };

    // " did the government take over or smth" to the end: a yes-or-no guess closed by a hedge.
    [GeneratedRegex(@"[\s,]+(?:did|do|does|was|were|is|are|has|have|had)\s+[^,?.!]*?\bor\s+(?:something|smth|sumthin|somethin|summat|sth|smthing)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Guess();
}
