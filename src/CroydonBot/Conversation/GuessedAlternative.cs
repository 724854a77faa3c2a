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

    /// <summary>Words weighing then against now: a message saying one asks about a change, and both halves of its "or" are the question.</summary>
    private static readonly HashSet<string> ThenOrNow = new(StringComparer.Ordinal) { "still", "now", "anymore", "currently", "nowadays", "rn" };

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

    /// <summary>
    /// Round AN (follow-an): <paramref name="question"/> without a closing "or" clause that points back (<paramref name="pointsBack"/>)
    /// when the question before it names its own subject and points back at nothing: "also does croydon do gym membership for care
    /// leavers <b>or was that a rumour</b>", "do i keep my PA while im at uni <b>or does that end</b>". The "that" of such a guess is
    /// the first half's own subject, not the conversation's; read as pointing back, it tied a complete question of its own to the
    /// last answer. When the first half itself points back ("was it always like that or was it bad before", "does it cover rent or is
    /// it for furniture") both halves lean on the conversation, and the second may say what is asked; the question is kept whole.
    /// Nor when the message weighs then against now ("are children in care services still just 'making progress' or are they rated
    /// good now"): the alternative is half of what is asked, not a doubt about the first half (measured: left out, l-m-36 lost its
    /// answer). The guesses <see cref="Without(string)"/> leaves out go first.
    /// </summary>
    public static string Without(string question, Func<string, bool> pointsBack)
    {
        var asked = Without(question);
        var guess = PointingGuess().Match(asked);
        if (!guess.Success || Text.PlainWords.Split(asked).Any(ThenOrNow.Contains))
        {
            return asked;
        }
        var before = asked[..guess.Index];
        return Text.PlainWords.Split(before).Count() >= MinQuestionWords && !pointsBack(before) ? before : asked;
    }

    // ", or is it (like|just|more) ...", "or its like ...", "or r they ..." to the end: the other side of the yes or no.
    [GeneratedRegex(@"[\s,]+or\s+(is it|is that|its|it's|it is|is this|are they|r they|do they|does it)\s+(like|just|more|more like|only|kinda|kind of|sort of|basically)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Guess();

    // ", or was that ...", "or does that end", "or did it stop": a yes-or-no alternative about something it points at, to the end.
    [GeneratedRegex(@"[\s,]+or\s+(is|was|are|were|r|did|does|do|has|have|will|would)\s+(it|that|this|they|there|he|she)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex PointingGuess();
}
