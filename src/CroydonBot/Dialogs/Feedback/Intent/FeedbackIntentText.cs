using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// The text the model sees, for training and prediction alike: the message plus made-up words that carry its
/// shape (<see cref="QuestionShape"/>), which the word and letter counts alone see only weakly. A message that
/// ends with a question mark, or opens with a question word, is usually asking rather than telling; the model
/// learns how much that counts (and that "can u pass this on" is a request all the same).
/// </summary>
public static class FeedbackIntentText
{
    private const string QuestionMark = "qqquestionmarkqq";
    private const string QuestionWord = "qqquestionwordqq";
    private const string QuestionInside = "qqquestioninsideqq";

    /// <summary>
    /// True when at most half the message's pieces are words (two or more letters): code, symbols, numbers
    /// and stray letters. The model learned from sentences, so on such text its guess means nothing. An email address or
    /// handle ("someone@example.org", "@kez") is contact details, not a word: given alone at "would you like a reply?", the
    /// model once read it as wanting to give feedback (0.41), and the dialog asked for a yes or no instead of taking it.
    /// </summary>
    public static bool IsMostlyNotWords(string text)
    {
        var pieces = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var words = pieces.Count(IsWord);
        // Text speak's one-letter words count beside real words, never alone ("k", "y" are answers, not messages).
        return words == 0 || (words + pieces.Count(IsTextSpeakWord)) * 2 <= pieces.Length;
    }

    private static bool IsWord(string piece) => piece.Count(char.IsLetter) >= 2 && piece.Count(char.IsLetter) * 2 > piece.Length && !piece.Contains('@');

    /// <summary>
    /// A word of one letter or a digit said as a word, as text speak writes them: "i", "u", "n", "r", "2" (to), "4" (for). "i want 2
    /// complain" is four words, not two words among symbols; counted as symbols, the message was never read at all.
    /// </summary>
    private static bool IsTextSpeakWord(string piece)
    {
        var bare = piece.TrimEnd('.', ',', '!', '?', ';', ':');
        return bare.Length == 1 && (char.IsLetter(bare[0]) || bare[0] is '2' or '4');
    }

    public static string Prepare(string text)
    {
        var trimmed = text.Trim();
        var shape = (QuestionShape.EndsWithMark(trimmed) ? " " + QuestionMark : "")
            + (QuestionShape.OpensWithQuestionWord(trimmed) ? " " + QuestionWord : "")
            + (QuestionShape.HasQuestionInside(trimmed) ? " " + QuestionInside : "") + MessageIntent.Marks(trimmed);
        return trimmed + shape;
    }
}
