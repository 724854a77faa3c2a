using CroydonBot.Eval;
using CroydonBot.Knowledge;

namespace CroydonBot.Cli;

/// <summary>
/// <c>train-answer-gate --cv</c>: leave-one-batch-out. Each batch's questions are decided by a gate trained without that
/// batch and by the threshold rule the bot used before (coverage 0.5, the fact asked, the unknown subject), both on the
/// retriever alone (questions the out-of-scope step declines left out; no conversation), and the right decisions of each are counted.
/// </summary>
public static class AnswerGateCrossValidation
{
    /// <summary>
    /// The newest four batches, named in letters as the batches are (a, b, ... z, aa, ... bv): the longest names, last in order.
    /// Round AM: was a fixed list (bq-bt), which stopped showing the newest once bu and bv became development data.
    /// </summary>
    public static IReadOnlyList<string> Newest(IEnumerable<string> batches) =>
        [.. batches.Distinct(StringComparer.Ordinal).Where(b => b.Length <= 2 && b.All(char.IsAsciiLetterLower))
            .OrderBy(b => b.Length).ThenBy(b => b, StringComparer.Ordinal).TakeLast(4)];

    public static void Run(IReadOnlyList<AnswerGateTrainer.Example> examples, TextWriter output)
    {
        var decided = new List<(AnswerGateTrainer.Example Example, bool Rule, bool Gate)>();
        foreach (var batch in examples.Select(e => e.Batch).Distinct().Order(StringComparer.Ordinal))
        {
            var weights = AnswerGateTrainer.Fit([.. examples.Where(e => e.Batch != batch)]);
            decided.AddRange(examples.Where(e => e.Batch == batch)
                .Select(e => (e, RuleAnswers(e.Features), AnswerGate.Probability(weights, e.Features) >= AnswerGate.Bar)));
        }
        output.WriteLine("batch\tquestions\tthreshold rule right (answer, abstain)\tgate trained without the batch right (answer, abstain)");
        var newest = Newest(examples.Select(e => e.Batch));
        foreach (var batch in newest)
        {
            Line(output, batch, [.. decided.Where(d => d.Example.Batch == batch)]);
        }
        Line(output, "older", [.. decided.Where(d => !newest.Contains(d.Example.Batch))]);
        Line(output, "all", decided);
    }

    // RetrievalResult.Answers(0.5) from the features (every example holds the fact asked): covered enough, no unknown subject.
    private static bool RuleAnswers(double[] f) => f[0] >= 0.5 && f[1] == 0;

    private static void Line(TextWriter output, string name, IReadOnlyList<(AnswerGateTrainer.Example Example, bool Rule, bool Gate)> rows)
    {
        string Right(Func<(AnswerGateTrainer.Example Example, bool Rule, bool Gate), bool> decide) =>
            $"{rows.Count(r => decide(r) == r.Example.Answer)} ({rows.Count(r => decide(r) && r.Example.Answer)}, {rows.Count(r => !decide(r) && !r.Example.Answer)})";
        output.WriteLine($"{name}\t{rows.Count}\t{Right(r => r.Rule)}\t{Right(r => r.Gate)}");
    }
}
