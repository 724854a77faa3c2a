using System.Globalization;
using System.Text;
using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Learns <see cref="AnswerGate"/> from the labelled questions of eval/: every single question asked alone (no context,
/// no script) that expects an answer or an "I don't know" and that the gate would decide, read by the retriever as the bot
/// reads it. The gate decides only what reaches the knowledge step with a passage holding the kind of fact asked: a
/// question a hand-written out-of-scope topic declines ("can you check my universal credit") taught it nothing it will
/// ever be asked. A plain logistic
/// regression fitted by Newton's method from zero weights, so the same data always gives the same weights.
/// </summary>
public static class AnswerGateTrainer
{
    /// <summary>A labelled question read by the retriever: its features, whether the guides answer it, and its batch.</summary>
    public sealed record Example(string Id, double[] Features, bool Answer, string Batch);

    // A little shrinkage keeps weights finite where a feature separates a few questions completely.
    private const double L2 = 1e-3;
    private const int Iterations = 30;

    /// <summary>The files it learns from: quality-*, routing-* and safeguarding-* (each holds answer and abstain cases).</summary>
    public static IReadOnlyList<string> TrainingFiles(string evalFolder) =>
    [
        .. new[] { "quality-*.jsonl", "routing-*.jsonl", "safeguarding-*.jsonl" }
            .SelectMany(p => Directory.EnumerateFiles(evalFolder, p)).Order(StringComparer.Ordinal),
    ];

    /// <param name="retriever">The retriever as the bot wires it.</param>
    /// <param name="files">The labelled files (<see cref="TrainingFiles"/>).</param>
    /// <param name="declined">True for a question the out-of-scope step declines before the knowledge step reads it.</param>
    public static IReadOnlyList<Example> Examples(Retriever retriever, IEnumerable<string> files, Func<string, bool> declined)
    {
        var examples = new List<Example>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var batch = BatchOf(Path.GetFileNameWithoutExtension(file));
            foreach (var c in EvalCase.ReadAll(file).Where(c => !c.IsScript && c.Context.Count == 0 && c.Expect is "answer" or "abstain" && !declined(c.Question)))
            {
                // A question that finds no passage, or none with the fact asked, is "I don't know" whatever the gate says.
                // Read as a fresh question: its own batch's questions are not its neighbours (it would be its own nearest).
                if (retriever.Retrieve(c.Question, withoutBatch: batch) is { Best: not null } result && !AskedFact.IsMissing(result))
                {
                    examples.Add(new Example(c.Id, AnswerGateFeatures.Of(result), c.Expect == "answer", batch));
                }
            }
        }
        return examples;
    }

    /// <summary>The weights (one per feature, then the bias) that best tell answered questions from the rest.</summary>
    public static double[] Fit(IReadOnlyList<Example> examples)
    {
        var n = AnswerGateFeatures.Names.Count + 1;
        var w = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var e in examples)
            {
                var x = WithBias(e.Features);
                var p = AnswerGate.Probability(w, e.Features);
                var (error, slope) = (p - (e.Answer ? 1 : 0), p * (1 - p));
                for (var a = 0; a < n; a++)
                {
                    gradient[a] += error * x[a];
                    for (var b = 0; b < n; b++)
                    {
                        hessian[a, b] += slope * x[a] * x[b];
                    }
                }
            }
            for (var a = 0; a < n; a++)
            {
                gradient[a] /= examples.Count;
                for (var b = 0; b < n; b++)
                {
                    hessian[a, b] /= examples.Count;
                }
                // The bias is not shrunk: it carries how many questions the guides answer overall.
                if (a < n - 1)
                {
                    gradient[a] += L2 * w[a];
                    hessian[a, a] += L2;
                }
            }
            var step = LinearSystem.Solve(hessian, gradient);
            for (var a = 0; a < n; a++)
            {
                w[a] -= step[a];
            }
        }
        return w;
    }

    /// <summary>The weights as <see cref="AnswerGate.Read"/> reads them.</summary>
    public static string Write(IReadOnlyList<double> weights, int examples, string source)
    {
        var text = new StringBuilder();
        text.AppendLine("# Written by train-answer-gate; do not edit by hand (a unit test checks it is what the data trains).");
        text.AppendLine(CultureInfo.InvariantCulture, $"# Learned from {examples} labelled questions asked alone: {source}.");
        text.AppendLine("# feature\tweight");
        foreach (var (name, weight) in AnswerGateFeatures.Names.Append(AnswerGate.Bias).Zip(weights))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{name}\t{weight:0.######}");
        }
        return text.ToString();
    }

    /// <summary>
    /// Whether one of the out-of-scope step's hand-written topics declines <paramref name="question"/> asked alone (<see
    /// cref="Pipeline.OutOfScopeStep"/>). Its learned classifier is left out on purpose: trained on these same batches, it
    /// flags nearly every abstain case in them, and a gate trained on what is left learned to answer everything, which a
    /// fresh batch's questions the classifier misses would then get.
    /// </summary>
    public static bool Declined(Replies.OutOfScopeMatcher matcher, string question)
    {
        // Read as Pipeline/OutOfScopeStep reads it: without where the person heard it, nor the other council someone else in
        // the story lives in, so the gate learns from exactly the questions the live step leaves to it.
        var heard = HearsayFrame.Claim(question) ?? question;
        return matcher.Match(Replies.SomeoneElsesCouncil.Without(heard) ?? heard) is not null;
    }

    /// <summary>"ao" for quality-ao, routing-ao and safeguarding-ao: a batch's files were written together.</summary>
    public static string BatchOf(string file) => file[(file.IndexOf('-', StringComparison.Ordinal) + 1)..];

    private static double[] WithBias(double[] features) => [.. features, 1];
}
