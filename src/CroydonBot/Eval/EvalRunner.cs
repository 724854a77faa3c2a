using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Runs every case through the real bot and through the baseline, and scores both. Each case gets a fresh
/// conversation; the turns of a multi-turn script all go to that one conversation, so the bot can read a
/// follow-up against what came before. The baseline has no memory: it answers each turn on its own.
/// </summary>
public sealed class EvalRunner(BotConsole console, KnowledgeIndex index)
{
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
            var botTurns = new List<EvalTurnOutcome>();
            var plainTurns = new List<EvalTurnOutcome>();
            foreach (var turn in c.Script)
            {
                var summary = ReplySummary.From(await console.AskAsync(turn.Question, cancellationToken, conversationId), index);
                botTurns.Add(new EvalTurnOutcome(turn, summary.Kind, summary.Text, turn.ContentMatches(summary.Text)));
                var paragraph = baseline.Answer(turn.Question);
                plainTurns.Add(new EvalTurnOutcome(turn, paragraph is null ? "fallback" : "answer", paragraph ?? "", paragraph is not null && turn.ContentMatches(paragraph)));
            }
            bot.Add(new EvalOutcome(c, botTurns));
            plain.Add(new EvalOutcome(c, plainTurns));
        }
        var misses = bot.Where(o => !o.Correct)
            .Select(o => new EvalMiss(o.Case.Id, o.Case.Category, o.Deciding.Turn.Expect, o.Kind, Transcript(o), o.Text))
            .ToList();
        return new EvalReport(ByCategory(bot), ByCategory(plain), misses);
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
