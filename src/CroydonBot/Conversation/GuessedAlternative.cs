using System.Text.RegularExpressions;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AJ (conv-aj): the asker's own guess offered after a yes-or-no follow-up ("do they pay u for it <b>or is it like
/// volunteering</b>", "do u get paid or is it just for fun"). The question is its first half; the guess only says what a "no"
/// would mean, yet read as words of the question it named a subject of its own ("volunteering": the independent visitors, who
/// are volunteers) and kept the conversation from the section the first half asks about (whether ambassadors are paid).
/// </summary>
public static partial class GuessedAlternative
{
    /// <summary>Fewer words than this before the guess is no question of its own.</summary>
    private const int MinQuestionWords = 3;

    /// <summary><paramref name="question"/> without a closing guess, when a question of a few words comes before it; else itself.</summary>
    public static string Without(string question)
    {
        var guess = Guess().Match(question);
        if (!guess.Success)
        {
            return question;
        }
        var before = question[..guess.Index];
        return Text.PlainWords.Split(before).Count() >= MinQuestionWords ? before : question;
    }

    // ", or is it (like|just|more) ...", "or its like ...", "or r they ..." to the end: the other side of the yes or no.
    [GeneratedRegex(@"[\s,]+or\s+(is it|is that|its|it's|it is|is this|are they|r they|do they|does it)\s+(like|just|more|more like|only|kinda|kind of|sort of|basically)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Guess();
}
