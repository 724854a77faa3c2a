namespace CroydonBot.Knowledge;

/// <summary>Topic terms from the index's own analyzer, so "keeping dogs" and "can I keep my dog" meet.</summary>
public sealed class QuestionTerms(TermAnalyzer analyzer, IEnumerable<string> ignoredWords) : IQuestionTerms
{
    private readonly HashSet<string> _ignored = ignoredWords.SelectMany(analyzer.Terms).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<string> TopicTerms(string text) => [.. analyzer.Terms(text).Where(t => !_ignored.Contains(t))];
}
