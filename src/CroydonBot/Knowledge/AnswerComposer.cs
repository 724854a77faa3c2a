using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.Knowledge;

/// <summary>
/// Turns the best passage into a short plain reply: the sentences that answer the question (not the whole
/// paragraph), when the information dates from, whether it is history, and the source.
/// </summary>
public sealed class AnswerComposer(Wording wording, IOptions<KnowledgeOptions> options, KnowledgeIndex index)
{
    public ComposedAnswer Compose(QueryPlan plan, ScoredPassage hit)
    {
        var sentences = SentenceSplitter.Split(hit.Passage.Text);
        var chosen = Choose(plan, sentences, options.Value.AnswerWords, TermsOf);
        var body = string.Join(' ', chosen.Select(i => sentences[i]));
        return Build(hit.Passage, body, hit.Coverage, chosen.Max() + 1, chosen.Max() + 1 < sentences.Count);
    }

    /// <summary>"Tell me more": the sentences after those already shown.</summary>
    public ComposedAnswer? Continue(Passage passage, int sentencesShown, double confidence)
    {
        var sentences = SentenceSplitter.Split(passage.Text);
        if (sentencesShown >= sentences.Count)
        {
            return null;
        }
        var words = 0;
        var next = new List<int>();
        for (var i = sentencesShown; i < sentences.Count && (next.Count == 0 || words < options.Value.AnswerWords); i++)
        {
            next.Add(i);
            words += WordCount(sentences[i]);
        }
        var body = string.Join(' ', next.Select(i => sentences[i]));
        return Build(passage, body, confidence, next[^1] + 1, next[^1] + 1 < sentences.Count);
    }

    /// <summary>
    /// Picks the sentence that covers most of the question, then neighbours or the next best until about
    /// <paramref name="wordBudget"/> words, kept in document order so the reply reads naturally.
    /// </summary>
    public static IReadOnlyList<int> Choose(QueryPlan plan, IReadOnlyList<string> sentences, int wordBudget, Func<string, IReadOnlySet<string>> termsOf)
    {
        if (sentences.Count == 0)
        {
            return [0];
        }
        var scores = sentences.Select(s => plan.Coverage(termsOf(s))).ToList();
        var order = Enumerable.Range(0, sentences.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToList();
        // When no sentence holds the question's words (the passage matched on its heading), lead with its start.
        var first = scores[order[0]] > 0 ? order[0] : 0;
        var chosen = new SortedSet<int> { first };
        var words = WordCount(sentences[first]);
        // A lead-in ending with ':' means nothing without the line after it, and vice versa.
        if (sentences[first].EndsWith(':') && first + 1 < sentences.Count)
        {
            chosen.Add(first + 1);
            words += WordCount(sentences[first + 1]);
        }
        var candidates = order.Where(i => !chosen.Contains(i) && (scores[i] > 0 || i == first + 1)).ToList();
        foreach (var i in candidates)
        {
            if (words >= wordBudget * 0.6 || words + WordCount(sentences[i]) > wordBudget * 1.3)
            {
                break;
            }
            chosen.Add(i);
            words += WordCount(sentences[i]);
        }
        return [.. chosen];
    }

    // Sentences are matched with the index's own analyzer, so they meet the question's stems exactly.
    private IReadOnlySet<string> TermsOf(string sentence) => index.Analyzer.Terms(sentence).ToHashSet(StringComparer.Ordinal);

    private ComposedAnswer Build(Passage passage, string body, double confidence, int shown, bool hasMore)
    {
        var document = passage.Document;
        var parts = new List<string>();
        if (document.IsHistorical)
        {
            parts.Add(wording.HistoricalPrefix.Replace("{date}", passage.DateLabel, StringComparison.Ordinal));
        }
        parts.Add(body + " [1]");
        if (document.IsHistorical && !string.IsNullOrWhiteSpace(document.SinceThen))
        {
            parts.Add(document.SinceThen);
        }
        var source = wording.SourceLine
            .Replace("{title}", document.Title, StringComparison.Ordinal)
            .Replace("{publisher}", document.Publisher, StringComparison.Ordinal)
            .Replace("{date}", passage.DateLabel, StringComparison.Ordinal);
        var text = string.Join(' ', parts) + "\n\n" + source;
        var citation = new Citation(1, document.Title, document.Url, body, passage.DateLabel);
        return new ComposedAnswer(text, [citation], [passage.Id], confidence, shown, hasMore, document.Topic);
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
