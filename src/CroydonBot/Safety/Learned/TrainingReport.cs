using System.Globalization;
using System.Text;

namespace CroydonBot.Safety.Learned;

/// <summary>Five-fold cross-validated figures of the learned layer: each example scored by a model that did not see it.</summary>
public sealed record TrainingReport(int Examples, int Crises, double AreaUnderCurve, IReadOnlyList<SafeguardingTrainer.ScoredExample> HeldOut)
{
    public string ToText()
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"examples: {Examples} ({Crises} crisis, {Examples - Crises} not), 5-fold cross-validated AUC {AreaUnderCurve:0.000}");
        foreach (var threshold in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 })
        {
            var caught = HeldOut.Count(e => e.Label && e.Probability >= threshold);
            var flagged = HeldOut.Count(e => !e.Label && e.Probability >= threshold);
            s.AppendLine(CultureInfo.InvariantCulture,
                $"  threshold {threshold:0.0}: recall {caught}/{Crises} ({100.0 * caught / Math.Max(1, Crises):0.0}%), false positives {flagged}/{Examples - Crises} ({100.0 * flagged / Math.Max(1, Examples - Crises):0.0}%)");
        }
        return s.ToString();
    }
}
