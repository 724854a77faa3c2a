using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;

namespace CroydonBot.Conversation;

/// <summary>
/// "what did he say about the ofsted result" after an answer naming the mayor: the follow-up asks for the words of a person
/// the last answer named, which a passage quoting that person holds (a press release, the cabinet minutes), not the passage
/// that named them. Read against the conversation the usual way, its words ("say", "ofsted result") found a passage about
/// the report instead. The person is the first name in the sentences just shown; a name is told by the knowledge base
/// itself: capitalised words that the seeds never write in lower case ("Jason Perry", not "Executive Mayor").
/// </summary>
public static partial class SpokenBy
{
    /// <summary>A question asking what a person said has at most this many words ("what did he say about the report then").</summary>
    private const int MaxWords = 14;

    /// <summary>
    /// The reading of <paramref name="question"/> with the person it points at named, led by a passage that names them and
    /// quotes or reports their words; null when the question does not ask what a person said, the last answer
    /// named nobody (<paramref name="people"/>, <see cref="PeopleNamed"/>), or no passage says what they said.
    /// </summary>
    public static RetrievalResult? Retrieve(KnowledgeSnapshot snapshot, string question, IReadOnlyList<string> people, double threshold)
    {
        if (people.Count == 0 || question.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords || !AsksWhatTheySaid().IsMatch(question))
        {
            return null;
        }
        var name = people[0];
        var asked = PersonPronoun().Replace(question, name, 1);
        var result = snapshot.Retrieve(asked);
        var surname = name.Split(' ')[^1];
        var quoting = result.Hits.FirstOrDefault(h => h.Coverage >= threshold && h.Passage.Text.Contains(surname, StringComparison.Ordinal)
            && ReportsSpeech().IsMatch(h.Passage.Text));
        return quoting is null ? null : result with { Hits = [quoting, .. result.Hits.Where(h => !ReferenceEquals(h, quoting))] };
    }

    /// <summary>
    /// The people's names in <paramref name="said"/>, in order: two or three capitalised words in a row, none of which the
    /// knowledge base ever writes in lower case (so no title, role or service: "Executive Mayor", "Staying Put").
    /// </summary>
    public static List<string> PeopleNamed(KnowledgeIndex index, IEnumerable<string> said)
    {
        // Every answered turn asks this of the sentences it showed: a loop over the matches' spans, where a chain of LINQ
        // split and lower-cased each run's words into new strings (1.4% of a turn's CPU, docs/performance.md, round AL).
        var lower = LowerCaseWords(index).GetAlternateLookup<ReadOnlySpan<char>>();
        var people = new List<string>();
        foreach (var text in said)
        {
            foreach (var match in CapitalisedRun().EnumerateMatches(text))
            {
                var run = text.AsSpan(match.Index, match.Length);
                if (NoWordWrittenInLowerCase(run, lower) && !Holds(people, run))
                {
                    people.Add(run.ToString());
                }
            }
        }
        return people;
    }

    /// <summary>True when no word of <paramref name="run"/> (split at spaces only, as the names are joined) is in <paramref name="lower"/> once lower-cased.</summary>
    private static bool NoWordWrittenInLowerCase(ReadOnlySpan<char> run, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lower)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var range in run.Split(' '))
        {
            var word = run[range];
            if (word.IsEmpty)
            {
                continue;
            }
            var lowered = word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : word.ToString().ToLowerInvariant().AsSpan();
            if (lower.Contains(lowered))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Holds(List<string> people, ReadOnlySpan<char> run)
    {
        foreach (var person in people)
        {
            if (run.SequenceEqual(person))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly ConditionalWeakTable<KnowledgeIndex, HashSet<string>> Lower = [];

    /// <summary>Every word the knowledge base writes in lower case somewhere (once per index).</summary>
    private static HashSet<string> LowerCaseWords(KnowledgeIndex index) => Lower.GetValue(index, i =>
        new HashSet<string>(i.Passages.SelectMany(p => LowerWord().Matches(p.Text).Select(m => m.Value)), StringComparer.Ordinal));

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\b")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b\p{Ll}+\b")]
    private static partial Regex LowerWord();

    /// <summary>"what did he say", "what did she think of it", "what was his reaction": a person's words or view, pointed at.</summary>
    [GeneratedRegex(@"\b(?:(?:he|she)\b.*\b(?:say|said|says|think|thought|reckon|mention|comment|feel|felt|react|respond)\w*|(?:his|her)\s+(?:reaction|response|view|comment|quote|words|opinion))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatTheySaid();

    [GeneratedRegex(@"\b(?:he|she|him|her)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronoun();

    /// <summary>A passage that gives someone's words: a quotation, or speech reported.</summary>
    [GeneratedRegex(@"[“”""]|\b(?:said|says|noted|welcomed|thanked|added|told|commented|described)\b")]
    private static partial Regex ReportsSpeech();
}
