using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Runs every case through the real bot (a fresh conversation each) and through the baseline, and scores both;
/// with a retriever, also where the ranking put each labelled case's expected section.
/// </summary>
public sealed class EvalRunner(BotConsole console, KnowledgeIndex index, Retriever? retriever = null)
{
    /// <summary>How many passages to look through for the first three distinct sections.</summary>
    private const int SectionDepth = 12;

    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalCase> cases, CancellationToken cancellationToken)
    {
        var documents = index.Passages.Select(p => p.Document.File).Distinct()
            .Select(f => index.Passages.Where(p => p.Document.File == f).Select(p => p.Text))
            .Select(texts => string.Join("\n\n", texts));
        using var baseline = new BaselineRetriever(documents);
        var bot = new List<EvalOutcome>();
        var plain = new List<EvalOutcome>();
        foreach (var c in cases)
        {
            // Context messages go first in the same conversation, as the same person: the reply to the last one is scored.
            var conversationId = Guid.NewGuid().ToString("N");
            foreach (var earlier in c.Context)
            {
                await console.AskAsync(earlier, cancellationToken, conversationId);
            }
            var summary = ReplySummary.From(await console.AskAsync(c.Question, cancellationToken, conversationId), index);
            bot.Add(new EvalOutcome(c, summary.Kind, summary.Text, c.ContentMatches(summary.Text)));
            var paragraph = baseline.Answer(c.Question);
            plain.Add(new EvalOutcome(c, paragraph is null ? "fallback" : "answer", paragraph ?? "", paragraph is not null && c.ContentMatches(paragraph)));
        }
        var ranks = new Dictionary<string, int?>(StringComparer.Ordinal);
        if (retriever is not null)
        {
            foreach (var c in cases.Where(c => c.Section.Count > 0 && c.Expect == "answer"))
            {
                ranks[c.Id] = SectionScores.RankOf(c, retriever.Retrieve(c.Question, SectionDepth).Hits.Select(h => h.Passage));
            }
        }
        var misses = bot.Where(o => !o.Correct)
            .Select(o => new EvalMiss(o.Case.Id, o.Case.Category, o.Case.Expect, o.Kind, o.Case.Question, o.Text,
                ranks.TryGetValue(o.Case.Id, out var rank) ? rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-" : null))
            .ToList();
        return new EvalReport(ByCategory(bot), ByCategory(plain), misses, SafeguardingScores.Of(bot), retriever is null ? null : SectionScores.Of(ranks.Values));
    }

    private static Dictionary<string, EvalScores> ByCategory(IReadOnlyList<EvalOutcome> outcomes)
    {
        var scores = outcomes.GroupBy(o => o.Case.Category).ToDictionary(g => g.Key, g => EvalScores.Of([.. g]));
        scores[EvalReport.Overall] = EvalScores.Of(outcomes);
        return scores;
    }
}
