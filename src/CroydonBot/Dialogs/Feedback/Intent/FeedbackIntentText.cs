namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// The text the model sees, for training and prediction alike: the message plus two made-up words that
/// carry its shape, which the word and letter counts alone see only weakly. A message that ends with a
/// question mark, or opens with a question word, is usually asking rather than telling; the model learns
/// how much that counts (and that "can u pass this on" is a request all the same).
/// </summary>
public static class FeedbackIntentText
{
    private const string QuestionMark = "qqquestionmarkqq";
    private const string QuestionWord = "qqquestionwordqq";
    private const string QuestionInside = "qqquestioninsideqq";

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "how", "what", "whats", "wat", "where", "wheres", "who", "whos", "when", "why", "which",
        "is", "are", "am", "was", "were", "does", "do", "did", "can", "could", "will", "would", "should", "has", "have",
    };

    /// <summary>Two-word openings of a question met in the middle of a message.</summary>
    private static readonly HashSet<string> InsideQuestions = new(StringComparer.Ordinal)
    {
        "am i", "can i", "do i", "will i", "is that", "is it", "is there", "are there", "does she", "does he", "does it",
        "do they", "what does", "wat does", "what is", "whats that", "how do", "how much", "how long", "when can", "who do",
        "does that", "is this", "can they", "will they", "would i", "could i", "should i",
    };

    /// <summary>True when the message reads like a question anywhere: the model must then be surer before it is feedback.</summary>
    public static bool LooksLikeQuestion(string text) => Prepare(text).Contains(" qqquestion", StringComparison.Ordinal);

    /// <summary>
    /// True when at most half the message's pieces are words (two or more letters): code, symbols, numbers
    /// and stray letters. The model learned from sentences, so on such text its guess means nothing.
    /// </summary>
    public static bool IsMostlyNotWords(string text)
    {
        var pieces = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var words = pieces.Count(p => p.Count(char.IsLetter) >= 2 && p.Count(char.IsLetter) * 2 > p.Length);
        return words * 2 <= pieces.Length;
    }

    public static string Prepare(string text)
    {
        var trimmed = text.Trim();
        var words = trimmed.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)
            .Split([' ', ',', '.', '?', '!', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        // "and whos the mayor", "ok so how much is it": a leading link word is not the question's opening.
        var opening = words.SkipWhile(w => LinkWords.Contains(w)).FirstOrDefault() ?? "";
        var inside = words.Skip(1).Any(WhWords.Contains)
            || words.Skip(1).Zip(words.Skip(2)).Any(pair => InsideQuestions.Contains(pair.First + " " + pair.Second));
        var shape = (trimmed.EndsWith('?') ? " " + QuestionMark : "") + (QuestionWords.Contains(opening) ? " " + QuestionWord : "")
            + (inside ? " " + QuestionInside : "");
        return trimmed + shape;
    }

    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal) { "and", "so", "but", "ok", "okay", "also", "then", "oh", "hmm", "um", "wait", "hey", "hi" };

    private static readonly HashSet<string> WhWords = new(StringComparer.Ordinal) { "how", "what", "whats", "wat", "when", "where", "who", "whos", "why", "which" };
}
