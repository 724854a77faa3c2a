using CroydonBot.Text;

namespace CroydonBot.Replies;

/// <summary>
/// The one place a conversation being closed is recognised, in any words (dialogs/smalltalk.yaml, <c>closings</c>).
/// A closing says so by at least one sign: thanks or a goodbye ("cheers", "bye"), a reaction to the help ("perfect",
/// "that was really useful"), being done ("that's all i needed", "no more questions"), or the person's own next step
/// ("ok i'll ring my PA then"). Every clause must be made of those and of fillers ("so", "much", "mate"), or say a next
/// step. A question, a contrast or a complaint ("thanks but...", "thanks for nothing") makes it something else, and so
/// does a clause with other words (news about a PA). Read by word classes, not whole phrases, so a new way of saying
/// thanks and goodbye is still one.
/// </summary>
public sealed class ClosingRecogniser
{
    /// <summary>A message longer than this is more than a closing.</summary>
    private const int MaxWords = 20;

    /// <summary>A clause saying what comes next longer than this is telling something.</summary>
    private const int MaxNextStepWords = 9;

    /// <summary>The next step's verb comes within this many words of the clause's start ("i will probably just ring her").</summary>
    private const int NextStepReach = 4;

    /// <summary>Stands for a phrase of being done once it is read, so its words ("no", "nothing") are not read again.</summary>
    private const string Done = "\u0001done";

    private static readonly char[] ClauseBreaks = [',', '.', ';', '!', ':', '\n', '-', '\u2013', '\u2014', '(', ')'];

    private readonly HashSet<string> _markers;
    private readonly HashSet<string> _reactions;
    private readonly List<string[]> _done;
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _firstPerson;
    private readonly HashSet<string> _nextSteps;
    private readonly HashSet<string> _whom;
    private readonly HashSet<string> _against;

    public ClosingRecogniser(SmallTalkData.ClosingWords words)
    {
        static HashSet<string> Set(IEnumerable<string> list) => [.. list.SelectMany(w => PlainWords.Split(w))];
        _markers = Set(words.Markers);
        _reactions = Set(words.Reactions);
        // Longest first, so "thats all i needed" is read whole before "thats all".
        _done = [.. words.Done.Select(p => PlainWords.Split(p).ToArray()).Where(p => p.Length > 0).OrderByDescending(p => p.Length)];
        _words = Set(words.Words);
        _firstPerson = Set(words.FirstPerson);
        _nextSteps = Set(words.NextSteps);
        _whom = Set(words.Whom);
        _against = Set(words.Against);
    }

    /// <summary>True when <paramref name="text"/> closes the conversation.</summary>
    public bool IsClosing(string text)
    {
        // The question first: most messages are one, and then their words need not be listed.
        if (QuestionShape.OpensLikeQuestion(text) || PlainWords.Split(text).Take(MaxWords + 1).Count() is 0 or > MaxWords)
        {
            return false;
        }
        var clauses = text.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries)
            .Select(c => ReadDone(PlainWords.Split(c).ToList()))
            .Where(c => c.Count > 0)
            .ToList();
        // "im 12 can i go": a question asked by inversion ("can i", "should we") after a statement, with no mark, asks
        // about the last answer; "i ... go" there is no next step of the person's own.
        if (clauses.Any(c => c.Any(_against.Contains) || AsksByInversion(c)))
        {
            return false;
        }
        var thanked = clauses.Any(c => c.Any(w => _markers.Contains(w) || _reactions.Contains(w) || w == Done));
        // With thanks or a reaction, a next step may name anything ("thanks, i'll ask my PA about the bursary form");
        // alone, it is a closing only when it names no more than whom to ask ("ill ring my PA then").
        return clauses.All(c => c.All(Closes) || SaysNextStep(c, loosely: thanked))
            && (thanked || clauses.Any(c => SaysNextStep(c, loosely: false)));
    }

    /// <summary>True when the clause holds a helping verb followed by the first person: "can i", "should we", "do i".</summary>
    private static bool AsksByInversion(List<string> clause) =>
        clause.Zip(clause.Skip(1)).Any(p => InvertingVerbs.Contains(p.First) && p.Second is "i" or "we");

    /// <summary>Helping verbs that open a question when the person comes after them.</summary>
    private static readonly HashSet<string> InvertingVerbs = new(StringComparer.Ordinal)
    {
        "can", "could", "should", "shall", "do", "does", "did", "am", "will", "would", "may", "must", "cud", "shud",
    };

    private bool Closes(string word) =>
        word == Done || _markers.Contains(word) || _reactions.Contains(word) || _words.Contains(word);

    /// <summary>The clause with each phrase of being done ("no more questions") read as one sign.</summary>
    private List<string> ReadDone(List<string> clause)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            foreach (var phrase in _done)
            {
                if (i + phrase.Length <= clause.Count && phrase.Select((w, k) => clause[i + k] == w).All(x => x))
                {
                    clause.RemoveRange(i, phrase.Length);
                    clause.Insert(i, Done);
                    break;
                }
            }
        }
        return clause;
    }

    /// <summary>
    /// "ok i'll ask my PA then": the first person, then a step such as asking, ringing or checking. Strictly, only whom
    /// to ask and fillers may follow the step.
    /// </summary>
    private bool SaysNextStep(List<string> clause, bool loosely)
    {
        var start = clause.FindIndex(w => !Closes(w) || _firstPerson.Contains(w));
        if (start < 0 || clause.Count > MaxNextStepWords || !_firstPerson.Contains(clause[start]))
        {
            return false;
        }
        var step = clause.FindIndex(start + 1, Math.Min(NextStepReach, clause.Count - start - 1), _nextSteps.Contains);
        return step >= 0 && (loosely || clause.Skip(step + 1).All(w => _whom.Contains(w) || Closes(w)));
    }
}
