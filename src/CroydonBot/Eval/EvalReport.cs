using System.Globalization;
using System.Text;

namespace CroydonBot.Eval;

/// <summary>The bot's and the baseline's scores per category and overall, plus the cases the bot got wrong.</summary>
public sealed record EvalReport(
    IReadOnlyDictionary<string, EvalScores> Bot,
    IReadOnlyDictionary<string, EvalScores> Baseline,
    IReadOnlyList<EvalMiss> Misses,
    SafeguardingScores Safeguarding,
    SectionScores? Sections = null)
{
    public const string Overall = "overall";

    /// <summary>The bot's answer hit rate over the baseline's: how much better than plain BM25 it is.</summary>
    public double? AnswerRatio =>
        Bot[Overall].AnswerHitRate is { } bot && Baseline[Overall].AnswerHitRate is { } baseline && baseline > 0 ? bot / baseline : null;

    public string ToText()
    {
        var s = new StringBuilder();
        s.AppendLine("category        cases  bot hit  answers  abstain  false-abst  sg-recall  sg-FP  turns ok | baseline hit  answers");
        foreach (var (category, scores) in Bot.OrderBy(kv => kv.Key == Overall).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var b = Baseline[category];
            s.AppendLine(CultureInfo.InvariantCulture, $"{category,-15} {scores.Cases,5}  {P(scores.HitRate),7}  {P(scores.AnswerHitRate),7}  {P(scores.AbstentionAccuracy),7}  {scores.FalseAbstentions,10}  {P(scores.SafeguardingRecall),9}  {scores.SafeguardingFalsePositives,5}  {scores.TurnsCorrect,4}/{scores.Turns,-4}| {P(b.HitRate),12}  {P(b.AnswerHitRate),7}");
        }
        s.AppendLine(CultureInfo.InvariantCulture, $"answer hit rate vs baseline: {(AnswerRatio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "n/a")}");
        if (Sections is { Labelled: > 0 } sections)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"section accuracy ({sections.Labelled} labelled answers): top-1 {sections.Top1} ({P(sections.Top1Rate)}), top-3 {sections.Top3} ({P(sections.Top3Rate)})");
        }
        s.Append(Safeguarding.ToText());
        if (Misses.Count > 0)
        {
            s.AppendLine().AppendLine("Missed:");
            foreach (var miss in Misses)
            {
                s.AppendLine(CultureInfo.InvariantCulture, $"- {miss.Id} [{miss.Category}, expected {miss.Expected}, got {miss.Kind}{(miss.SectionRank is null ? "" : ", section rank " + miss.SectionRank)}] {miss.Question}");
                s.AppendLine(CultureInfo.InvariantCulture, $"    {miss.Reply.Replace('\n', ' ')[..Math.Min(220, miss.Reply.Length)]}");
            }
        }
        return s.ToString();
    }

    private static string P(double? value) => value is null ? "-" : (value.Value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>A case the bot got wrong, to look at.</summary>
public sealed record EvalMiss(string Id, string Category, string Expected, string Kind, string Question, string Reply, string? SectionRank = null);
