using System.Globalization;

namespace CroydonBot.Knowledge;

/// <summary>
/// Whether to answer a question read on its own or say "I don't know": a logistic model over <see cref="AnswerGateFeatures"/>,
/// learned from the labelled questions of eval/ (<c>train-answer-gate</c>, <see cref="Eval.AnswerGateTrainer"/>) instead of
/// one coverage threshold and the unknown-subject veto. A passage without the kind of fact asked (<see cref="AskedFact"/>:
/// "how much do ambassadors get paid an hour" and no sum) is still never an answer: weighed, a well covered question
/// outvoted it. A follow-up read against the conversation, and a bot with no weights file, keep
/// the threshold rule (<see cref="RetrievalResult.Answers"/>): the model only ever saw questions asked alone.
/// </summary>
public sealed class AnswerGate
{
    public const string File = "answer-gate.tsv";

    /// <summary>At least even odds of a question the guides answer.</summary>
    public const double Bar = 0.5;

    private readonly double[]? _weights;

    /// <param name="weights">One weight per <see cref="AnswerGateFeatures.Names"/> entry, then the bias; null for the threshold rule.</param>
    public AnswerGate(IReadOnlyList<double>? weights)
    {
        if (weights is not null && weights.Count != AnswerGateFeatures.Names.Count + 1)
        {
            throw new InvalidDataException($"{File}: {weights.Count} weights for {AnswerGateFeatures.Names.Count} features and a bias");
        }
        _weights = weights?.ToArray();
    }

    /// <summary>No model: the coverage threshold decides, as before the gate.</summary>
    public static AnswerGate None { get; } = new(null);

    public IReadOnlyList<double>? Weights => _weights;

    /// <summary>The model's odds, 0 to 1, that the guides answer the question the result was found for.</summary>
    public double Probability(RetrievalResult result) => _weights is null ? double.NaN : Probability(_weights, AnswerGateFeatures.Of(result));

    public static double Probability(IReadOnlyList<double> weights, IReadOnlyList<double> features)
    {
        var z = weights[^1];
        for (var i = 0; i < features.Count; i++)
        {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Sure enough to answer with the result's best passage.</summary>
    public bool Answers(RetrievalResult result, double threshold) =>
        _weights is null || result.Focus is not null || result.Best is null
            ? result.Answers(threshold)
            : !AskedFact.IsMissing(result) && Probability(_weights, AnswerGateFeatures.Of(result)) >= Bar;

    /// <summary>Reads "feature TAB weight" lines in <see cref="AnswerGateFeatures.Names"/> order, then "bias TAB weight"; '#' starts a comment.</summary>
    public static AnswerGate Read(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return None;
        }
        var weights = new List<double>();
        var expected = AnswerGateFeatures.Names.Append(Bias).ToList();
        foreach (var line in System.IO.File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || weights.Count >= expected.Count || parts[0] != expected[weights.Count]
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new InvalidDataException($"{path}: expected '{expected.ElementAtOrDefault(weights.Count)} TAB weight', got '{line}'");
            }
            weights.Add(weight);
        }
        return new AnswerGate(weights);
    }

    public const string Bias = "bias";
}
