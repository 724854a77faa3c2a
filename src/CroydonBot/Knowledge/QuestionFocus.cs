using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// The question sentences of a message that tells a story first ("I moved to Sutton last year and I'm panicking
/// about my bill. Does the council tax help still apply?"). The story's words are rarely in any guide, and counted
/// as fully as the question's they dilute how much of the message the right section covers until the bot says it
/// does not know; read as context, they still help, but the question decides.
/// </summary>
public static partial class QuestionFocus
{
    /// <summary>
    /// The sentences that ask (a question mark, or a question word first), or null when the message has no story
    /// around its question (a single sentence, no sentence that asks, or nothing but questions) or when the question
    /// points back at the story ("is that true?").
    /// </summary>
    public static string? Of(string message)
    {
        var trimmed = message.Trim();
        if (!HasInnerBoundary(trimmed))
        {
            // Most questions are one sentence: no split, no allocation, on every uncached question.
            return null;
        }
        var sentences = Boundary().Split(trimmed).Where(s => s.Any(char.IsLetterOrDigit)).ToList();
        if (sentences.Count < 2)
        {
            return null;
        }
        var asking = sentences.Where(QuestionShape.OpensLikeQuestion).ToList();
        // "Is that still how it works?" asks about the story itself: then the story is the question.
        if (asking.Count == 0 || asking.Count == sentences.Count || asking.Any(s => PlainWords.Split(s).Any(PointsBack.Contains)))
        {
            return null;
        }
        return string.Join(' ', asking);
    }

    private static bool HasInnerBoundary(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '\n' || text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> PointsBack = new(StringComparer.Ordinal) { "that", "thats", "this", "these", "those" };

    // Young people rarely capitalise, so any end mark followed by a space ends a sentence, as does a new line.
    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex Boundary();
}
