using CroydonBot.Knowledge;
using CroydonBot.Text;

namespace CroydonBot.Conversation;

/// <summary>
/// Tells whether a message leans on the conversation: it opens like a continuation, points back with a
/// pronoun, or is one of the bare questions that have no subject of their own.
/// </summary>
public sealed partial class FollowUpReader
{
    private readonly string[] _continuations;
    private readonly string[] _conditions;
    private readonly HashSet<string> _references;
    private readonly HashSet<string> _bare;
    private readonly int _maxWords;
    private readonly int _shortWords;
    private readonly HashSet<string> _notASubject;
    private readonly string[] _newTopic;          // each padded with a space either side, as it is looked for
    private readonly string[] _switches;
    private readonly string[] _corrections;
    private readonly HashSet<string> _definite;
    private readonly HashSet<string> _firstPerson;
    private readonly HashSet<string> _endings;
    private readonly int _fragmentWords;
    private readonly HashSet<string> _linkWords;
    private readonly string[] _thatTime;
    private readonly string[] _anyTime;
    private readonly string[][] _acknowledgements;

    public FollowUpReader(FollowUpWords words)
    {
        _continuations = [.. words.Continuations.Select(PlainWords.Of).Where(w => w.Length > 0).OrderByDescending(w => w.Length)];
        _conditions = [.. words.Conditions.Select(PlainWords.Of).Where(w => w.Length > 0)];
        _references = [.. words.References.Select(PlainWords.Of)];
        _bare = [.. words.BareQuestions.Select(PlainWords.Of)];
        _maxWords = words.MaxWords;
        _shortWords = words.ShortWords;
        _notASubject = [.. words.NotASubject.Select(PlainWords.Of)];
        _newTopic = [.. words.NewTopic.Select(PlainWords.Of).Where(w => w.Length > 0).Select(w => " " + w + " ")];
        _switches = [.. words.Switches.Select(PlainWords.Of).Where(w => w.Length > 0).OrderByDescending(w => w.Length)];
        _corrections = [.. words.Corrections.Select(PlainWords.Of).Where(w => w.Length > 0)];
        _definite = [.. words.Definite.Select(PlainWords.Of)];
        _firstPerson = [.. words.FirstPerson.Select(PlainWords.Of)];
        _endings = [.. words.Endings.Select(PlainWords.Of)];
        _fragmentWords = words.FragmentWords;
        _thatTime = [.. words.ThatTime.Select(PlainWords.Of).Where(w => w.Length > 0).Select(w => " " + w + " ")];
        _anyTime = [.. words.AnyTime.Select(PlainWords.Of).Where(w => w.Length > 0).Select(w => " " + w + " ")];
        // Longest first, so "nice one" is taken whole before "nice".
        _acknowledgements = [.. words.Acknowledgements.Select(a => PlainWords.WordsOf(a))
            .Where(a => a.Length > 0).OrderByDescending(a => a.Length)];
        // The single words that continuations are made of ("and", "what", "about"): a link of several ("and what if"). Not the
        // words that say something of their own inside a continuation ("i meant", "not that", "same for", "is there more").
        _linkWords = [.. _continuations.SelectMany(c => c.Split(' ')).Where(w => w is not ("if" or "i" or "meant" or "mean" or "not" or "that" or "in" or "more" or "there" or "is" or "same" or "for" or "with" or "else" or "anything" or "no" or "nah" or "sorry"))];
        Clarify = words.Clarify;
        ContextLifetime = TimeSpan.FromMinutes(words.ContextMinutes);
    }

    public TimeSpan ContextLifetime { get; }

    /// <summary>Fillers that may come before a reaction ("ok cool", "oh nice", "ahh thanks"): they go with it.</summary>
    private static readonly HashSet<string> BeforeAReaction = new(StringComparer.Ordinal)
    {
        "ok", "okay", "oh", "ah", "ahh", "aah", "ooh", "right", "yeah", "ye", "yes",
    };

    /// <summary>A follow-up keeps its reaction unless at least this many words are left: "cool thanks" is no question.</summary>
    private const int MinWordsAfterAReaction = 2;

    /// <summary>
    /// Round AE (conv-ae): <paramref name="text"/> without the reactions to the last answer it opens with ("nice who do i
    /// contact", "ok cool cool and how long does it take"), in plain words; the text itself when it opens with none or when
    /// less than a question would be left. A reaction says nothing of what is asked, yet read as words of the question it
    /// named a subject of its own ("nice" is no idea of the guides), so "who do i contact" lost the conversation and fell back.
    /// </summary>
    public string WithoutAcknowledgement(string text)
    {
        var words = PlainWords.WordsOf(text);
        var start = 0;
        while (true)
        {
            var filler = start < words.Length && BeforeAReaction.Contains(words[start]) ? 1 : 0;
            var reaction = _acknowledgements.FirstOrDefault(a => OpensAt(words, start + filler, a));
            if (reaction is null)
            {
                break;
            }
            start += filler + reaction.Length;
        }
        return start == 0 || words.Length - start < MinWordsAfterAReaction ? text : string.Join(' ', words[start..]);
    }

    private static bool OpensAt(string[] words, int start, string[] phrase) =>
        start + phrase.Length <= words.Length && words.AsSpan(start, phrase.Length).SequenceEqual(phrase);

    /// <summary>What to say to a message that points back at nothing.</summary>
    public string Clarify { get; }

    /// <summary>
    /// True when <paramref name="text"/> points back with a pronoun ("how long does it last") and names no
    /// subject of its own (<paramref name="ideas"/>, as the question planner read them, are all question words).
    /// </summary>
    public bool PointsBackWithoutSubject(string text, IEnumerable<string> ideas)
    {
        var words = PlainWords.WordsOf(text);
        return words.Length is > 0 and <= 8 && AnyOf(words, _references)
            && ideas.Select(PlainWords.Of).All(_notASubject.Contains);
    }

    /// <summary>
    /// True when every idea the question planner read in a message is a question word or a word of no subject
    /// ("since when": "since"; "what did they give it": "give"), or a number (an age or a year is a condition on
    /// the subject, "what about once im 21"): the message names nothing of its own.
    /// </summary>
    public bool NamesNoSubject(IEnumerable<string> ideas) => ideas.Select(PlainWords.Of).All(i => _notASubject.Contains(i) || IsNumber(i));

    /// <summary>A year, an age or an amount ("2020", "21", "£2,000").</summary>
    private static bool IsNumber(string idea)
    {
        var digits = idea.TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        return digits.Length > 0 && digits.All(char.IsAsciiDigit);
    }

    /// <summary>
    /// The words a message puts in place of the last subject ("lambeth are they good too" in "wat about lambeth
    /// are they good too"), or null when it does not open by switching the subject.
    /// </summary>
    public string? SwitchedTo(string text)
    {
        var said = PlainWords.Of(text);
        var opening = _switches.FirstOrDefault(c => OpensWith(said, c));
        return opening is null ? null : said[(opening.Length + 1)..];
    }

    /// <summary>True when <paramref name="text"/> has at most shortWords words: elliptical, whatever else it says.</summary>
    public bool IsShort(string text) => WordsIn(text) <= _shortWords;

    /// <summary>True when <paramref name="text"/> is short enough to be a follow-up at all (at most maxWords words).</summary>
    public bool WithinReach(string text) => WordsIn(text) <= _maxWords;

    /// <summary>How many plain words <paramref name="text"/> has, as the length limits above count them.</summary>
    private static int WordsIn(string text) => PlainWords.WordsOf(text).Length;

    /// <summary>
    /// True when <paramref name="text"/> leans on the conversation only by being short ("wats an independent
    /// visitor"): no opening that continues, no word pointing back, no bare question.
    /// </summary>
    public bool ShortOnly(string text)
    {
        var said = PlainWords.Of(text);
        var words = said.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Read(text) == FollowUpShape.Continuation && !_bare.Contains(said) && !AnyOf(words, _references)
            && !_continuations.Any(c => said == c || OpensWith(said, c)) && !EndsCarryingOn(words);
    }

    /// <summary>
    /// True when a message of a few words ends with a word that carries the last question on ("up to wat age tho"). A longer
    /// one naming its own subject ("do the PAs still have too many young people each tho") uses it for contrast, not to lean.
    /// </summary>
    private bool EndsCarryingOn(string[] words) => words.Length > 1 && words.Length <= 2 * _shortWords && _endings.Contains(words[^1]);

    /// <summary>
    /// True when <paramref name="text"/> frees itself from the time the last answer spoke of ("was it ever bad", "at any
    /// point"), within the words of a follow-up: any time of the same timeline will do.
    /// </summary>
    public bool AtAnyTime(string text)
    {
        var said = " " + PlainWords.Of(text) + " ";
        return WithinReach(text) && _anyTime.Any(t => said.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when <paramref name="text"/> points back at the time the last answer spoke of ("what was wrong back then", "who ran
    /// it at the time"), within the words of a follow-up.
    /// </summary>
    public bool AtThatTime(string text)
    {
        var said = " " + PlainWords.Of(text) + " ";
        return WithinReach(text) && _thatTime.Any(t => said.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when <paramref name="text"/> puts a condition on the last question: it opens with one ("even if i moved out"), or
    /// asks a short question pointing back and then says "if" ("does that still count if im at uni").
    /// </summary>
    public bool IsCondition(string text)
    {
        var said = PlainWords.Of(text);
        return OpensWithConditionPlain(said) || OpensWithLinkThenIfI(said) || StatesOwnAge(said) || AsksWhetherItStillHolds(text);
    }

    /// <summary>
    /// True when <paramref name="text"/> opens with a condition ("even if im working", "even though ..."): it asks the last
    /// question again and only adds the condition, whatever section the condition's words would find alone. A looser one
    /// ("what if im still not happy after") may instead ask the next thing, which another section says.
    /// </summary>
    public bool OpensWithCondition(string text) => OpensWithConditionPlain(PlainWords.Of(text));

    private bool OpensWithConditionPlain(string said) => _conditions.Any(c => OpensWith(said, c));

    /// <summary>
    /// True when a short question points back and then says "if" ("does that still count if im at uni", "does that still apply if
    /// im a student"): it asks whether the last answer holds under the condition, whatever section the condition's words find.
    /// </summary>
    public bool AsksWhetherItStillHolds(string text)
    {
        var words = PlainWords.WordsOf(text);
        var pointer = Array.FindIndex(words, _references.Contains);
        var condition = Array.IndexOf(words, "if");
        return words.Length <= _maxWords && pointer >= 0 && condition > pointer && QuestionShape.LooksLikeQuestion(text);
    }

    /// <summary>
    /// True when a short message opens with a continuation, then "if" and the person themself ("what about if im at uni", "and
    /// if i move out", "but if im working"): the last question asked again under a condition of the asker's own, not a question
    /// about what the condition names ("uni"). Not "if they just ignore it" (what happens next, another passage), nor a
    /// condition that puts something in place of the last subject ("what about if im doing an apprenticeship instead" after the
    /// uni bursary: the apprenticeship's own bursary).
    /// </summary>
    private bool OpensWithLinkThenIfI(string said)
    {
        var words = said.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > _maxWords || words.Contains("instead"))
        {
            return false;
        }
        // The link may be several continuations run together ("and what if i moved out", "but what about if im working"):
        // every word before the "if" is a continuation's word, and there are only a few of them.
        var ifAt = Array.IndexOf(words, "if");
        return ifAt is > 0 and <= MaxLinkWords && ifAt + 1 < words.Length && _firstPerson.Contains(words[ifAt + 1])
            && words.Take(ifAt).All(_linkWords.Contains);
    }

    /// <summary>
    /// The message with its pronoun put in place by <paramref name="subject"/> ("what do they actually do" with "young
    /// ambassadors": "what do young ambassadors actually do"), in plain words; null when it has no pronoun standing for a
    /// thing. "that" and "this" count only as the last word or before "is"/"was" ("what hours is that"): elsewhere they come
    /// before a noun of the message's own ("that report").
    /// </summary>
    public string? WithPronounAs(string text, string subject)
    {
        var words = PlainWords.WordsOf(text);
        var at = Array.FindIndex(words, w => Pronouns.Contains(w));
        if (at < 0)
        {
            for (var k = 0; k < words.Length && at < 0; k++)
            {
                if (words[k] is "that" or "this" or "thats" && (k == words.Length - 1 || words[k + 1] is "is" or "was"))
                {
                    at = k;
                }
            }
        }
        if (at < 0)
        {
            return null;
        }
        words[at] = PlainWords.Of(subject);
        return string.Join(' ', words);
    }

    /// <summary>
    /// True when the message asks only what the thing pointed at is or does ("what do they actually do tho", "and what is it
    /// for", "whats that about"): a question about the subject itself, not about the side of it the last answer told.
    /// </summary>
    public bool AsksWhatItIsOrDoes(string text)
    {
        var words = PlainWords.WordsOf(text)
            .SkipWhile(w => _linkWords.Contains(w) && w is not ("what" or "wat" or "wot"))
            .Where(w => !Softeners.Contains(w)).ToList();
        if (words.Count is < 2 or > 5 || words[0] is not ("what" or "wat" or "wot" or "whats" or "wats"))
        {
            return false;
        }
        var rest = words.Skip(1).ToList();
        // "what do they do" (softeners dropped), or "what is it", "whats it for", "what are they about".
        // "what have they done" asks what they do as much as "what do they do" (round AA, context-aa).
        var does = rest.Count == 3 && (rest[0] is "do" or "does" or "did" && rest[2] == "do" || rest[0] is "have" or "has" && rest[2] == "done")
            && Pronouns.Contains(rest[1]);
        var copula = words[0] is "whats" or "wats" ? 0 : rest.Count > 0 && rest[0] is "is" or "are" or "was" or "were" ? 1 : -1;
        var isIt = copula >= 0 && rest.Count > copula && (Pronouns.Contains(rest[copula]) || rest[copula] is "that" or "this" or "those" or "these")
            && rest.Count - copula - 1 <= 1 && (rest.Count == copula + 1 || rest[^1] is "for" or "about");
        return does || isIt;
    }

    /// <summary>
    /// The question with "have ... done" asked as "do ... do" ("what have they actually done" as "what do they actually do"):
    /// a guide asks its sections' questions in the present ("What do young ambassadors do?"), and what someone has done is what
    /// such a section tells. Unchanged when it asks no such thing.
    /// </summary>
    public static string AsWhatTheyDo(string text) =>
        HaveDone().Replace(PlainWords.Of(text), "$1 do $2$3do");

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(what|wat|wot) (?:have|has) ((?:they|it|he|she) )((?:\w+ ){0,2})done\b")]
    private static partial System.Text.RegularExpressions.Regex HaveDone();

    /// <summary>Words that soften a question without changing what it asks ("what do they actually do tho").</summary>
    private static readonly HashSet<string> Softeners = ["actually", "even", "really", "exactly", "just", "tho", "though", "then", "anyway", "all", "day", "like"];

    /// <summary>Pronouns that stand for a thing or people said before (not "there", "one", "those").</summary>
    private static readonly HashSet<string> Pronouns = ["it", "its", "they", "them", "their", "theyre", "he", "she", "him", "her"];

    /// <summary>A condition's link before "if" ("and what about") has at most this many words.</summary>
    private const int MaxLinkWords = 3;

    /// <summary>
    /// True when a short message states the asker's age, now or soon ("im 19 tho", "i'm 25 next month", "i turn 21 soon"):
    /// said after an answer, it asks whether that answer still holds at that age, a condition on the last question. The age
    /// comes right after the words saying it (so "im 2 late" or "i have 3 kids" say no age).
    /// </summary>
    private bool StatesOwnAge(string said)
    {
        var words = said.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > AgeStatementWords)
        {
            return false;
        }
        var start = 0;
        // "wat if im 25 tho": a link, even one ending in "if", may come first.
        while (start < words.Length && (_linkWords.Contains(words[start]) || words[start] == "if"))
        {
            start++;
        }
        var rest = " " + string.Join(' ', words.Skip(start)) + " ";
        var opening = AgeOpenings.FirstOrDefault(o => rest.StartsWith(" " + o + " ", StringComparison.Ordinal));
        if (opening is null)
        {
            return false;
        }
        var after = rest[(opening.Length + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(AgeHedges.Contains).FirstOrDefault();
        return int.TryParse(after, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age)
            && age is >= MinStatedAge and <= MaxStatedAge;
    }

    /// <summary>A statement of age longer than this tells more than a condition ("im 19 and my PA stopped calling me ...").</summary>
    private const int AgeStatementWords = 7;

    /// <summary>Ages a young person in or leaving care gives; a number outside them is a count or a year, not an age.</summary>
    private const int MinStatedAge = 10;

    private const int MaxStatedAge = 30;

    /// <summary>How a message says the asker's age, as plain words ("i'm" is "im", "i m" or "i am").</summary>
    private static readonly string[] AgeOpenings =
        ["im turning", "i m turning", "i am turning", "im gonna be", "i m gonna be", "ill be", "i ll be", "i will be",
         "ill turn", "i ll turn", "im", "i m", "i am", "i turn", "i turned", "i was"];

    /// <summary>Words between the opening and the age ("im only 19", "i turn 21 soon" has none).</summary>
    private static readonly HashSet<string> AgeHedges = ["only", "nearly", "almost", "just", "about", "already", "actually", "now", "still", "like"];

    /// <summary>
    /// True when <paramref name="text"/> corrects the last question near its start ("nah wait ignore that, i meant the money
    /// for uni"): what it names is meant instead of the last subject.
    /// </summary>
    public bool IsCorrection(string text)
    {
        var opening = " " + string.Join(' ', PlainWords.WordsOf(text).Take(CorrectionReach)) + " ";
        return _corrections.Any(c => opening.Contains(" " + c + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The correction without what it takes back: "sorry i meant the uni one not apprenticeship" after the apprenticeship
    /// bursary asks about "the uni one"; the last subject named after "not" would pull the old answer back. Only a "not"
    /// followed, in its clause, by a word of <paramref name="said"/> (the conversation's ideas) is taken back: "i meant can i
    /// not pay it" keeps its "not". Any other message is returned as it is.
    /// </summary>
    public string WithoutTakenBack(string text, IEnumerable<string> said)
    {
        if (!IsCorrection(text))
        {
            return text;
        }
        var saidWords = said.SelectMany(s => PlainWords.WordsOf(s)).ToHashSet(StringComparer.Ordinal);
        var changed = false;
        var kept = ClauseEnd().Split(text).Select(clause =>
        {
            var not = Not().Match(clause);
            if (!not.Success || !PlainWords.Of(clause[not.Index..]).Split(' ').Skip(1).Any(saidWords.Contains))
            {
                return clause;
            }
            changed = true;
            return clause[..not.Index];
        }).ToList();
        return changed ? string.Join(' ', kept.Select(c => c.Trim()).Where(c => c.Length > 0)) : text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[,.;!?])\s*")]
    private static partial System.Text.RegularExpressions.Regex ClauseEnd();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bnot\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Not();

    /// <summary>
    /// True when <paramref name="text"/> is a short fragment carrying the last question on ("n the most recent one", "and the
    /// child protection side", "oh wait sorry i meant the newest one"): a correction or a continuation or pointer of at most
    /// a few words, with nothing of the person's own in it ("my", "i" outside "i meant"). Such a message is a question about
    /// the answer just given even when, read alone, it sounds like something to pass on.
    /// </summary>
    public bool IsFragmentFollowUp(string text)
    {
        var said = PlainWords.Of(text);
        var words = said.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > _fragmentWords || text.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }
        var correction = IsCorrection(text);
        if (!correction && Read(text) is not (FollowUpShape.Continuation or FollowUpShape.Reference))
        {
            return false;
        }
        // "i" is the correction's own when it says "i meant"/"i mean"; anywhere else it is the person telling. "my" before
        // someone's age and nothing after it ("and my cousin whos 5") asks for them, and tells nothing.
        if (QuestionKinds.SaysAgeOfTheirs(said))
        {
            return !words.Any(w => w != "my" && _firstPerson.Contains(w));
        }
        return !words.Where((w, k) => !(w == "i" && k + 1 < words.Length && words[k + 1] is "meant" or "mean")).Any(_firstPerson.Contains);
    }

    /// <summary>
    /// Round AC (ctx-ac): true when the message opens with a continuation ("and", "n", "so", "what about") and more follows it:
    /// by its first words it carries the conversation on, whatever its length.
    /// </summary>
    public bool OpensAsContinuation(string text)
    {
        var said = PlainWords.Of(text);
        return _continuations.Any(c => OpensWith(said, c));
    }

    /// <summary>
    /// Round AC (ctx-ac): true when the message opens with a continuation and goes on as a question ("n was the care leaver bit
    /// good too") or as a condition on what was just said ("and if the council just ignores it"): it asks on, by its shape.
    /// </summary>
    public bool AsksOnAfterALink(string text)
    {
        return AfterTheLink(text) is { } rest
            && (QuestionShape.OpensLikeQuestion(text) || QuestionShape.OpensLikeQuestion(rest) || OpensWith(rest, ConditionWord));
    }

    /// <summary>
    /// Round AC (ctx-ac): true when the message opens with a continuation and then "if" ("and if the council just ignores my
    /// complaint"): it asks what happens then, even when it names the council or a complaint, which a request to tell names too.
    /// </summary>
    public bool PutsAConditionAfterALink(string text)
    {
        return AfterTheLink(text) is { } rest && OpensWith(rest, ConditionWord);
    }

    /// <summary>The plain words after the continuation the message opens with ("if the council ignores it" of "and if ..."), or null.</summary>
    private string? AfterTheLink(string text)
    {
        var said = PlainWords.Of(text);
        return _continuations.FirstOrDefault(c => OpensWith(said, c)) is { } link ? said[(link.Length + 1)..] : null;
    }

    /// <summary>The word that opens a condition on what was just said ("and if ...", "but if ...").</summary>
    private const string ConditionWord = "if";

    /// <summary>A correction comes first: "nah wait ignore that" or "oh sorry no i meant" is within this many words.</summary>
    private const int CorrectionReach = 8;

    /// <summary>
    /// True when <paramref name="text"/> is a short question that names one of <paramref name="ideas"/> with a word pointing
    /// at something already said ("the money" in "when can i get the money out").
    /// </summary>
    public bool NamesDefinitely(string text, IReadOnlyList<string> ideas)
    {
        var words = PlainWords.WordsOf(text);
        if (words.Length > DefiniteWords || !QuestionShape.LooksLikeQuestion(text))
        {
            return false;
        }
        return ideas.Select(PlainWords.Of).Where(i => i.Length > 0).Any(idea =>
        {
            var first = idea.Split(' ')[0];
            return Enumerable.Range(1, words.Length - 1).Any(k => words[k] == first && _definite.Contains(words[k - 1]));
        });
    }

    /// <summary>A question naming a thing "the ..." longer than this says enough to be read on its own.</summary>
    private const int DefiniteWords = 10;

    /// <summary>
    /// The clauses of <paramref name="text"/> that ask about something said before: short questions with a word pointing
    /// back ("does it still count" in "i'm from another council's care tho, does it still count"); the whole message when it
    /// is one clause.
    /// </summary>
    public IEnumerable<string> ClausesPointingBack(string text) =>
        ClauseBreak().Split(text).Select(c => c.Trim())
            .Where(c => PlainWords.WordsOf(c) is { Length: > 0 } words
                && words.Any(_references.Contains) && QuestionShape.LooksLikeQuestion(c));

    /// <summary>True when the last clause of <paramref name="text"/> is a short question with a word pointing back.</summary>
    private bool PointingBackClause(string text)
    {
        var clauses = ClauseBreak().Split(text).Select(c => c.Trim()).Where(c => PlainWords.Of(c).Length > 0).ToList();
        if (clauses.Count < 2)
        {
            return false;
        }
        var last = clauses[^1];
        var words = PlainWords.WordsOf(last);
        return words.Length <= ClauseWords && AnyOf(words, _references) && QuestionShape.LooksLikeQuestion(last);
    }

    /// <summary>A clause pointing back longer than this names enough to be read on its own.</summary>
    private const int ClauseWords = 8;

    [System.Text.RegularExpressions.GeneratedRegex(@"[,.;:!?]+|\s(?:but|tho|though)\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();

    /// <summary>True when a word of <paramref name="text"/> points back ("it", "that", "there" not saying only that something exists).</summary>
    public bool PointsBack(string text) => PointsBackIn(PlainWords.WordsOf(text));

    public FollowUpShape Read(string text)
    {
        var said = PlainWords.Of(text);
        var words = said.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > _maxWords)
        {
            // A long message may still end by asking about the last subject ("..., i live in croydon now, do i still
            // get it"): its last clause decides, when that clause is a short question pointing back.
            return PointingBackClause(text) ? FollowUpShape.Reference : FollowUpShape.None;
        }
        if (words.Length == 0)
        {
            return FollowUpShape.None;
        }
        var padded = " " + said + " ";
        if (_newTopic.Any(n => padded.Contains(n, StringComparison.Ordinal)))
        {
            return FollowUpShape.NewTopic;
        }
        // "anything for my sister shes 13" after the forum's age groups: someone's age as the message's end asks the last answer
        // again for them, as the asker's own age does (IsCondition), whatever words come first.
        if (_bare.Contains(said) || PointsBackIn(words) || IsCondition(text) || QuestionKinds.SaysAgeOfTheirs(said))
        {
            return FollowUpShape.Reference;
        }
        // A message of a few words ("till what age", "up to what age") is elliptical: it may lean on the last
        // subject, and is read against it when the answer still covers its own words. So may one asking whether there is
        // something ("is there a waiting list"): it is read against the conversation, but what it names may stand alone.
        return words.Length <= _shortWords || _continuations.Any(c => said == c || OpensWith(said, c)) || EndsCarryingOn(words)
            || words.Where((w, i) => IsExistentialThere(words, i)).Any()
            ? FollowUpShape.Continuation
            : FollowUpShape.None;
    }

    /// <summary>
    /// True when a word of <paramref name="words"/> points back (<c>references</c>: "it", "that", "there"...), except "there" saying
    /// only that something exists (<see cref="IsExistentialThere"/>).
    /// </summary>
    private bool PointsBackIn(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (_references.Contains(words[i]) && !IsExistentialThere(words, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Round AG (route-ag): "is there a national number for advocacy", "are there any grants", "there is a group for that?": "there"
    /// beside a form of "be" says that something exists; it points back at no place. Read as pointing back, it tied "is there a
    /// national number for advocacy" to the complaints answer before it (BJ-m-35), though the message names its own subject.
    /// "what happened there", "can i go there" still point back.
    /// </summary>
    private static bool IsExistentialThere(string[] words, int i) =>
        words[i] == "there"
        && (i > 0 && ExistentialBefore.Contains(words[i - 1]) || i + 1 < words.Length && ExistentialAfter.Contains(words[i + 1]));

    private static readonly HashSet<string> ExistentialBefore = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "isnt", "arent", "wasnt", "werent", "r", "be", "been", "any", "anything", "anyone",
    };

    private static readonly HashSet<string> ExistentialAfter = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "isnt", "arent", "will", "should", "must", "used", "has", "have", "s",
    };

    // These run on every message (several times each): they say what "said.StartsWith(words + " ")" and
    // "words.Any(set.Contains)" said, without a new string or delegate per phrase tried.

    /// <summary>True when <paramref name="said"/> opens with <paramref name="words"/> and more follows after a space.</summary>
    private static bool OpensWith(string said, string words) =>
        said.Length > words.Length && said[words.Length] == ' ' && said.StartsWith(words, StringComparison.Ordinal);

    private static bool AnyOf(string[] words, HashSet<string> set)
    {
        foreach (var word in words)
        {
            if (set.Contains(word))
            {
                return true;
            }
        }
        return false;
    }
}
