using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AJ (help-aj): a part of a message that only says who is asking ("im 23 and a care leaver", "i left care last yr", "im
/// 19 now"), told beside a question ("universal credit only gives me the shared room rate, is that right? im 23 and a care
/// leaver"). It asks nothing: it is the condition the question is asked under, which the question's own section answers
/// ("care leavers under 25 do not have this limit"). Answered as a question of its own it found whatever says an age near
/// "care leaver" (free prescriptions until 25), and that answer became the conversation, so "who do i tell" was asked of it.
/// </summary>
public static class ToldCondition
{
    /// <summary>A condition said in more words than this tells a story, which may narrow the question and is answered.</summary>
    private const int MaxWords = 8;

    /// <summary>
    /// The words a person says their age and care status with; anything else ("homeless", "job", "sister") tells more.
    /// </summary>
    private static readonly HashSet<string> ConditionWords = new(StringComparer.Ordinal)
    {
        "i", "im", "am", "was", "and", "a", "an", "now", "already", "just", "still", "only", "nearly", "almost", "turned",
        "turning", "turn", "yrs", "years", "year", "yr", "old", "care", "leaver", "leavers", "experienced", "in", "left", "last",
        "ago", "also", "btw", "tho", "though", "too", "as", "well", "been", "have", "ive",
    };

    /// <summary>
    /// True when <paramref name="part"/> is not a question and says only the asker's age or that they are or were in care, in at
    /// most <see cref="MaxWords"/> words.
    /// </summary>
    public static bool IsOnly(string part)
    {
        if (QuestionShape.LooksLikeQuestion(part))
        {
            return false;
        }
        var words = PlainWords.WordsOf(part);
        if (words.Length is 0 or > MaxWords)
        {
            return false;
        }
        var saysSomething = false;
        foreach (var word in words)
        {
            var age = word.Length is 1 or 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^1]);
            if (!age && !ConditionWords.Contains(word))
            {
                return false;
            }
            saysSomething |= age || word == "care";
        }
        return saysSomething;
    }
}
