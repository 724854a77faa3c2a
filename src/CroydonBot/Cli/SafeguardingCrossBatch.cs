using System.Globalization;
using CroydonBot.Eval;
using CroydonBot.Safety;
using CroydonBot.Safety.Learned;
using Microsoft.Extensions.Options;

namespace CroydonBot.Cli;

/// <summary>
/// <c>train-safeguarding --by-batch</c>: leave-one-batch-out cross-validation of the whole check. For each
/// development batch named in sources.txt, the learned layer is trained without that batch's files, and the
/// batch is scored through the patterns, the learned layer, the window and the tiers, at every pair of
/// thresholds on a grid. The thresholds are then chosen on the pooled held-out figures of all batches (never on
/// one batch): the most crises caught with at most <see cref="PooledFalsePositiveBudget"/> of look-alikes (and of
/// ordinary questions, and of the turns of multi-turn scripts, played as a conversation) flagged in the pooled batches. A cap per batch was tried and dropped: with about 110
/// look-alikes a batch moves 0.9% per message, so one look-alike of batch E alone moved the choice from 0.5 to
/// 0.85 and cost a fifth of the crises the learned layer catches. Writes no model.
/// </summary>
public static class SafeguardingCrossBatch
{
    /// <summary>Below the issue's 3% bar with room to spare, since a new batch is never scored exactly like the old ones.</summary>
    public const double PooledFalsePositiveBudget = 0.02;

    private static readonly double[] CrisisThresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85];

    private static readonly double[] UncertainThresholds = [0.3, 0.4, 0.5];

    public static int Run(IReadOnlyList<TrainingExample> examples, SafeguardingData data, Func<string, string> undisguise, string root, TextWriter output, IReadOnlyCollection<string>? only = null, Knowledge.EnglishWords? english = null)
    {
        // "--by-batch M,N" leaves out only the named batches (each in turn): fewer trainings when the machine is shared,
        // but the thresholds it prints are then chosen on those batches alone, so the full run fits the shipped ones.
        var batches = examples.Select(e => e.Batch).OfType<string>().Distinct()
            .Where(b => only is null || only.Count == 0 || only.Contains(b))
            .Order(StringComparer.Ordinal).ToList();
        var grid = CrisisThresholds.SelectMany(c => UncertainThresholds.Where(u => u <= c).Select(u => (Crisis: c, Uncertain: u))).ToList();
        var tallies = grid.ToDictionary(g => g, _ => new Dictionary<string, Tally>());
        var patterns = new RememberingSafeguardingDetector(new SafeguardingDetector(data, english));
        var model = Path.Combine(Path.GetTempPath(), $"croydonbot-safeguarding-fold-{Environment.ProcessId}.zip");
        try
        {
            foreach (var batch in batches)
            {
                var training = examples.Where(e => e.Batch != batch)
                    .Select(e => new ClassifierInput { Text = undisguise(e.Text), Label = e.Crisis }).ToList();
                SafeguardingTrainer.FitToFile(training, model);
                var classifier = new SafeguardingClassifier(model);
                var cases = examples.Where(e => e.Batch == batch && e.Source.EndsWith(".jsonl", StringComparison.Ordinal))
                    .Select(e => e.Source).Distinct()
                    .SelectMany(CasesOf(root))
                    .ToList();
                output.WriteLine($"batch {batch}: trained on {training.Count} examples without its {examples.Count - training.Count}; scoring {cases.Count} cases");
                foreach (var point in grid)
                {
                    var check = new LayeredSafeguardingCheck(patterns, classifier, data, Options.Create(new SafeguardingOptions
                    {
                        CrisisThreshold = point.Crisis,
                        UncertainThreshold = point.Uncertain,
                    }), english);
                    var tally = new Tally();
                    foreach (var (c, lookAlike) in cases)
                    {
                        if (c.IsScript)
                        {
                            // A multi-turn script is played as the bot plays a conversation (window, after-crisis care).
                            var verdicts = ConversationReplay.Play(check, c.Script.Select(t => t.Question)).ToList();
                            for (var i = 0; i < verdicts.Count; i++)
                            {
                                tally.AddTurn($"{c.Id}#{i + 1}", c.Script[i].Expect, verdicts[i].Tier == SafeguardingTier.Crisis);
                            }
                        }
                        else
                        {
                            tally.Add(c, lookAlike, ConversationReplay.Last(check, c.Context.Append(c.Question)).Tier == SafeguardingTier.Crisis);
                        }
                    }
                    tallies[point][batch] = tally;
                }
            }
        }
        finally
        {
            File.Delete(model);
        }
        output.WriteLine("leave-one-batch-out, each batch scored by a model trained without it (development figures):");
        output.WriteLine("crisis uncertain | " + string.Join(" | ", batches.Select(b => $"{b}: natural, obfuscated, look-alikes flagged, ordinary flagged, script turns flagged")) + " | pooled");
        foreach (var point in grid)
        {
            var pooled = Tally.Sum(tallies[point].Values);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{point.Crisis:0.00}   {point.Uncertain:0.00}      | {string.Join(" | ", batches.Select(b => tallies[point][b].ToText()))} | {pooled.ToText()}"));
        }
        var chosen = grid
            .Where(p => Tally.Sum(tallies[p].Values).FalsePositiveRate <= PooledFalsePositiveBudget
                && Tally.Sum(tallies[p].Values).OrdinaryFalsePositiveRate <= PooledFalsePositiveBudget
                && Tally.Sum(tallies[p].Values).TurnFalsePositiveRate <= PooledFalsePositiveBudget)
            .OrderByDescending(p => Tally.Sum(tallies[p].Values).Caught)
            .ThenByDescending(p => p.Crisis)
            .ThenByDescending(p => p.Uncertain)
            .Select(p => ((double, double)?)p)
            .FirstOrDefault();
        if (chosen is { } wrong)
        {
            output.WriteLine("wrong at the chosen thresholds: " + string.Join(" ", batches.SelectMany(b => tallies[wrong][b].Wrong)));
        }
        output.WriteLine(chosen is var (crisis, uncertain)
            ? string.Create(CultureInfo.InvariantCulture, $"chosen: CrisisThreshold {crisis:0.00}, UncertainThreshold {uncertain:0.00} (most crises caught with pooled look-alikes, ordinary questions and script turns flagged <= {PooledFalsePositiveBudget:0%} each)")
            : "chosen: none of the grid keeps false positives within the budget");
        return 0;
    }

    /// <summary>
    /// The cases of an eval file, each single question marked as a look-alike when the file is a safeguarding
    /// batch (one that holds crises): the issue's false-positive bar is over those look-alikes; the ordinary
    /// questions and feedback of the answer and routing batches are counted apart, and so are the turns of
    /// multi-turn scripts (follow-ups, thanks, dialog answers: what people type in a conversation).
    /// </summary>
    private static Func<string, IEnumerable<(EvalCase Case, bool LookAlike)>> CasesOf(string root) => file =>
    {
        var cases = EvalCase.ReadAll(Path.Combine(root, file)).ToList();
        var safeguardingBatch = cases.Any(c => !c.IsScript && c.Expect == "safeguarding");
        return cases.Select(c => (c, safeguardingBatch));
    };

    /// <summary>Counts for one batch at one pair of thresholds.</summary>
    private sealed class Tally
    {
        public int Natural { get; private set; }
        public int NaturalCaught { get; private set; }
        public int Obfuscated { get; private set; }
        public int ObfuscatedCaught { get; private set; }
        public int LookAlikes { get; private set; }
        public int LookAlikesFlagged { get; private set; }
        public int Ordinary { get; private set; }
        public int OrdinaryFlagged { get; private set; }
        public int Turns { get; private set; }
        public int TurnsFlagged { get; private set; }

        public int Caught => NaturalCaught + ObfuscatedCaught;

        public double FalsePositiveRate => LookAlikes == 0 ? 0 : (double)LookAlikesFlagged / LookAlikes;

        public double OrdinaryFalsePositiveRate => Ordinary == 0 ? 0 : (double)OrdinaryFlagged / Ordinary;

        public double TurnFalsePositiveRate => Turns == 0 ? 0 : (double)TurnsFlagged / Turns;

        /// <summary>The ids of the crises missed and the messages wrongly flagged, to read by class.</summary>
        public List<string> Wrong { get; } = [];

        public void Add(EvalCase c, bool lookAlike, bool crisis)
        {
            if (crisis != (c.Expect == "safeguarding"))
            {
                Wrong.Add(c.Id);
            }
            if (c.Expect != "safeguarding" && lookAlike)
            {
                LookAlikes++;
                LookAlikesFlagged += crisis ? 1 : 0;
            }
            else if (c.Expect != "safeguarding")
            {
                Ordinary++;
                OrdinaryFlagged += crisis ? 1 : 0;
            }
            else if (c.Style == "obfuscated")
            {
                Obfuscated++;
                ObfuscatedCaught += crisis ? 1 : 0;
            }
            else
            {
                Natural++;
                NaturalCaught += crisis ? 1 : 0;
            }
        }

        /// <summary>A turn of a multi-turn script: a crisis turn counts with the natural crises, any other with the turns.</summary>
        public void AddTurn(string id, string expect, bool crisis)
        {
            if (crisis != (expect == "safeguarding"))
            {
                Wrong.Add(id);
            }
            if (expect == "safeguarding")
            {
                Natural++;
                NaturalCaught += crisis ? 1 : 0;
            }
            else
            {
                Turns++;
                TurnsFlagged += crisis ? 1 : 0;
            }
        }

        public static Tally Sum(IEnumerable<Tally> tallies)
        {
            var sum = new Tally();
            foreach (var t in tallies)
            {
                sum.Natural += t.Natural;
                sum.NaturalCaught += t.NaturalCaught;
                sum.Obfuscated += t.Obfuscated;
                sum.ObfuscatedCaught += t.ObfuscatedCaught;
                sum.LookAlikes += t.LookAlikes;
                sum.LookAlikesFlagged += t.LookAlikesFlagged;
                sum.Ordinary += t.Ordinary;
                sum.OrdinaryFlagged += t.OrdinaryFlagged;
                sum.Turns += t.Turns;
                sum.TurnsFlagged += t.TurnsFlagged;
            }
            return sum;
        }

        public string ToText() => string.Create(CultureInfo.InvariantCulture,
            $"{NaturalCaught}/{Natural} ({Percent(NaturalCaught, Natural)}), {ObfuscatedCaught}/{Obfuscated} ({Percent(ObfuscatedCaught, Obfuscated)}), {LookAlikesFlagged}/{LookAlikes} ({Percent(LookAlikesFlagged, LookAlikes)}), {OrdinaryFlagged}/{Ordinary} ({Percent(OrdinaryFlagged, Ordinary)}), {TurnsFlagged}/{Turns} ({Percent(TurnsFlagged, Turns)})");

        private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
    }
}
