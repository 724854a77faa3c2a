using CroydonBot.Knowledge;
using CroydonBot.QuestionLog;

namespace CroydonBot.Staff;

/// <summary>
/// Groups unanswered questions by similarity: the Jaccard overlap of their terms after the knowledge index's
/// own analysis (stemmed), leaving out the words that shape a question without being its topic
/// (seeds/question-words.yaml "ignore"), so "can I keep my dog" and "keeping dogs" meet.
/// Greedy single pass against each group's first question: cheap, stable, and easy to explain to staff.
/// </summary>
public sealed partial class UnansweredGrouper
{
    public const double DefaultThreshold = 0.5;

    private readonly IQuestionTerms _terms;
    private readonly double _threshold;

    public UnansweredGrouper(IQuestionTerms terms, double threshold = DefaultThreshold)
    {
        _terms = terms;
        _threshold = threshold;
    }

    /// <summary>Groups in the order given (newest first in), biggest groups first out.</summary>
    public IReadOnlyList<UnansweredGroup> Group(IEnumerable<QuestionLogEntry> questions)
    {
        var groups = new List<(HashSet<string> Terms, List<QuestionLogEntry> Members)>();
        foreach (var question in questions)
        {
            var terms = Terms(question.Question).ToHashSet(StringComparer.Ordinal);
            var home = groups.FirstOrDefault(g => Jaccard(g.Terms, terms) >= _threshold);
            if (home.Members is null)
            {
                groups.Add((terms, [question]));
            }
            else
            {
                home.Members.Add(question);
            }
        }
        return [.. groups
            .Select(g => new UnansweredGroup(g.Members, SharedTerms(g.Members)))
            .OrderByDescending(g => g.Questions.Count)];
    }

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            // Two questions with no meaningful words ("??", "hmm") are alike enough to review together.
            return 1;
        }
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The words every member shares, as the newest question spells them ("lodgings", not the stem "lodg").</summary>
    private IReadOnlyList<string> SharedTerms(IReadOnlyList<QuestionLogEntry> members)
    {
        var shared = Terms(members[0].Question).ToHashSet(StringComparer.Ordinal);
        foreach (var member in members.Skip(1))
        {
            shared.IntersectWith(Terms(member.Question));
        }
        return [.. WordPattern().Matches(members[0].Question)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(word => _terms.TopicTerms(word) is [var stem] && shared.Contains(stem))
            .Distinct(StringComparer.Ordinal)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    private IEnumerable<string> Terms(string question) => _terms.TopicTerms(question);
}
