using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Runs every case through the real bot and through the baseline, and scores both. Each case gets a fresh
/// conversation; a case's context messages and the turns of a multi-turn script all go to that one
/// conversation, so the bot can read a follow-up (or a crisis split over messages) against what came before.
/// The baseline has no memory: it answers each turn on its own. With a retriever, eval also reports where the
/// ranking put each labelled case's expected section. With a <c>replies</c> writer, every reply the bot gave is
/// written out as one JSON line, so two builds can be compared reply by reply, not only by their figures.
/// </summary>
public sealed class EvalRunner(BotConsole console, KnowledgeIndex index, Retriever? retriever = null, TextWriter? replies = null)
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
            var conversationId = Guid.NewGuid().ToString("N");
            // Context messages go first in the same conversation, as the same person: only the replies after them are scored.
            foreach (var earlier in c.Context)
            {
                await console.AskAsync(earlier, cancellationToken, conversationId);
            }
            var botTurns = new List<EvalTurnOutcome>();
            var plainTurns = new List<EvalTurnOutcome>();
            foreach (var turn in c.Script)
            {
                var summary = ReplySummary.From(await console.AskAsync(turn.Question, cancellationToken, conversationId), index);
                botTurns.Add(new EvalTurnOutcome(turn, summary.Kind, summary.Text, turn.ContentMatches(summary.Text)));
                replies?.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { c.Id, Turn = botTurns.Count, turn.Question, summary.Kind, summary.Text, summary.Suggestions }, Protocol.ProtocolJson.Options));
                var paragraph = baseline.Answer(turn.Question);
                plainTurns.Add(new EvalTurnOutcome(turn, paragraph is null ? "fallback" : "answer", paragraph ?? "", paragraph is not null && turn.ContentMatches(paragraph)));
            }
            bot.Add(new EvalOutcome(c, botTurns));
            plain.Add(new EvalOutcome(c, plainTurns));
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
            .Select(o => new EvalMiss(o.Case.Id, o.Case.Category, o.Deciding.Turn.Expect, o.Kind, Transcript(o), o.Text,
                ranks.TryGetValue(o.Case.Id, out var rank) ? rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-" : null))
            .ToList();
        return new EvalReport(ByCategory(bot), ByCategory(plain), misses, SafeguardingScores.Of(bot), retriever is null ? null : SectionScores.Of(ranks.Values));
    }

    /// <summary>The question that went wrong, after the turns that led to it.</summary>
    private static string Transcript(EvalOutcome outcome)
    {
        var upTo = outcome.Turns.TakeWhile(t => t.Correct).Count();
        var asked = outcome.Turns.Take(upTo + 1).Select(t => t.Turn.Question);
        return outcome.Case.IsScript ? $"(turn {upTo + 1}/{outcome.Turns.Count}) " + string.Join(" / ", asked) : outcome.Case.Question;
    }

    private static Dictionary<string, EvalScores> ByCategory(IReadOnlyList<EvalOutcome> outcomes)
    {
        var scores = outcomes.GroupBy(o => o.Case.Category).ToDictionary(g => g.Key, g => EvalScores.Of([.. g]));
        scores[EvalReport.Overall] = EvalScores.Of(outcomes);
        return scores;
    }
}
