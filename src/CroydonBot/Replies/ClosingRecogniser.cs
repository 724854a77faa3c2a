using CroydonBot.Text;

namespace CroydonBot.Replies;

/// <summary>
/// Recognises a conversation being closed in any words (dialogs/smalltalk.yaml, <c>closings</c>): the message thanks
/// or says goodbye, and each of its clauses either only thanks, praises the help or says it is done ("that's actually so
/// helpful", "that is everything"), or says what the person will do next ("i'll ask my PA then"). A question, a contrast
/// or a complaint ("thanks but...", "thanks for nothing") makes it something else. Read by word classes, not by whole
/// phrases, so a new way of saying thanks and goodbye is still one.
/// </summary>
public sealed class ClosingRecogniser
{
    /// <summary>A message longer than this is more than a closing.</summary>
    private const int MaxWords = 20;

    /// <summary>A clause saying what comes next longer than this is telling something.</summary>
    private const int MaxNextStepWords = 9;

    /// <summary>The next step's verb comes within this many words of the clause's start ("i will probably just ring her").</summary>
    private const int NextStepReach = 4;

    private static readonly char[] ClauseBreaks = [',', '.', ';', '!', ':', '\n', '-', '\u2013', '\u2014', '(', ')'];

    private readonly HashSet<string> _markers;
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _firstPerson;
    private readonly HashSet<string> _nextSteps;
    private readonly HashSet<string> _against;

    public ClosingRecogniser(SmallTalkData.ClosingWords words)
    {
        static HashSet<string> Set(IEnumerable<string> list) => [.. list.SelectMany(w => PlainWords.Split(w))];
        _markers = Set(words.Markers);
        _words = Set(words.Words);
        _firstPerson = Set(words.FirstPerson);
        _nextSteps = Set(words.NextSteps);
        _against = Set(words.Against);
    }

    /// <summary>True when <paramref name="text"/> closes the conversation.</summary>
    public bool IsClosing(string text)
    {
        var all = PlainWords.Split(text).ToList();
        if (all.Count is 0 or > MaxWords || QuestionShape.EndsWithMark(text) || !all.Any(_markers.Contains) || all.Any(_against.Contains))
        {
            return false;
        }
        return text.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries)
            .Select(c => PlainWords.Split(c).ToList())
            .Where(c => c.Count > 0)
            .All(c => c.All(w => _markers.Contains(w) || _words.Contains(w)) || SaysNextStep(c));
    }

    /// <summary>"ok i'll ask my PA then": the first person, then a step such as asking, ringing or checking.</summary>
    private bool SaysNextStep(List<string> clause)
    {
        var start = clause.FindIndex(w => !_words.Contains(w) || _firstPerson.Contains(w));
        if (start < 0 || clause.Count > MaxNextStepWords || !_firstPerson.Contains(clause[start]))
        {
            return false;
        }
        return clause.Skip(start + 1).Take(NextStepReach).Any(_nextSteps.Contains);
    }
}
