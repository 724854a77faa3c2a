namespace CroydonBot.Replies.OutOfScopeIntent;

/// <summary>
/// A learned out-of-scope detector: how likely a message is a question the guides cannot answer (someone's own case,
/// other services' rules and opening times, national benefit rules, advice on a personal choice), learned from every
/// development batch's abstain cases against its answer cases and the guides' own alternative questions. The hand-written
/// topics (dialogs/out-of-scope.yaml) catch the classes someone named; this catches the ones nobody wrote a pattern for
/// ("can u find out y my UC was late"), because it weighs the whole wording rather than one phrase.
/// Logistic regression over word unigrams and bigrams, trained at start-up (a few thousand short lines: milliseconds),
/// one pass order fixed by a seed, so the same examples always give the same model.
/// </summary>
public sealed class OutOfScopeClassifier
{
    /// <summary>
    /// At or above this probability the message is declined. Chosen leaving one batch out at a time
    /// (<c>out-of-scope-cv</c>, docs/quality.md "Round I (edges)" and "Round P (answers-p)"). With batches S-X in the
    /// examples, 0.65 would catch 31 more of 1,150 abstentions for 7 more of 5,181 answerable questions declined, but the
    /// short "how do i complain about ..." questions (the complaints process is in the guides) score 0.60-0.66: at 0.65
    /// "how do i complain about my social worker?" was declined (FeedbackDialogTests, round P). A wrong abstention on an
    /// answerable question costs more than a missed one the knowledge base may still decline, so it stays at 0.7.
    /// </summary>
    public const double Threshold = 0.7;

    private const int Seed = 13;
    private const int Epochs = 15;
    private const double LearningRate = 0.2;
    private const double L2 = 1e-4;

    private readonly Dictionary<string, double> _weights;
    private readonly double _bias;

    private OutOfScopeClassifier(Dictionary<string, double> weights, double bias) => (_weights, _bias) = (weights, bias);

    public static OutOfScopeClassifier Train(IReadOnlyList<OutOfScopeExample> examples)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var bias = 0.0;
        var positives = examples.Count(e => e.Abstain);
        // Abstentions are a small share of the examples: weighted up (by the square root of the ratio, not all the way),
        // so "probably answerable" is not always the safe guess, without making every odd question look out of scope.
        var positiveWeight = positives == 0 ? 1 : Math.Sqrt((double)(examples.Count - positives) / positives);
        var prepared = examples.Select(e => (Features: Features(e.Text), e.Abstain)).ToArray();
        var random = new Random(Seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(prepared);
            foreach (var (features, abstain) in prepared)
            {
                var scale = Scale(features);
                var p = Sigmoid(bias + features.Sum(f => weights.GetValueOrDefault(f)) * scale);
                var gradient = (p - (abstain ? 1 : 0)) * (abstain ? positiveWeight : 1);
                foreach (var f in features)
                {
                    var w = weights.GetValueOrDefault(f);
                    weights[f] = w - LearningRate * (gradient * scale + L2 * w);
                }
                bias -= LearningRate * gradient;
            }
        }
        return new OutOfScopeClassifier(weights, bias);
    }

    /// <summary>The probability that the message is one the bot should decline.</summary>
    public double Probability(string text)
    {
        var features = Features(text);
        return Sigmoid(_bias + features.Sum(f => _weights.GetValueOrDefault(f)) * Scale(features));
    }

    public bool IsOutOfScope(string text) => Probability(text) >= Threshold;

    /// <summary>Each feature counts once; a long message's many words share one vote, so length alone decides nothing.</summary>
    private static double Scale(string[] features) => 1 / Math.Sqrt(Math.Max(1, features.Length));

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));

    /// <summary>Lower-cased words (apostrophes dropped: "whats", "croydons") and each pair of neighbouring words.</summary>
    public static string[] Features(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '£')
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        var features = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            features.Add("w:" + w);
        }
        for (var i = 1; i < words.Count; i++)
        {
            features.Add("b:" + words[i - 1] + "_" + words[i]);
        }
        return [.. features];
    }
}
