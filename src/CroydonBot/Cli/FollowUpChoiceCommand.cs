using CroydonBot.Conversation;
using CroydonBot.Eval;
using CroydonBot.Knowledge;

namespace CroydonBot.Cli;

/// <summary>
/// Round AM (stay-am): <c>train-follow-up-choice [--leave-out=bu,bv] [--out=FILE] [--cv]</c>. Plays every development script
/// (eval/multiturn-*) in-process with the bot's own reading, records each follow-up answer turn's candidate sections, prints the
/// oracle (how often the cascade's section holds the expected words, how often only another candidate does), the
/// leave-one-batch-out net gain per margin, and writes seeds/follow-up-choice.tsv (margin fitted leave-one-batch-out). With
/// <c>--cv</c> it also scores the scripts end to end in three folds of batches, each with a table fitted without its fold,
/// against the bot without the model, listing the scripts fixed and lost. Nothing is written with --cv.
/// </summary>
public static class FollowUpChoiceCommand
{
    private const int Folds = 3;

    public static async Task<int> RunAsync(BotConsole console, KnowledgeIndex index, FollowUpArbiter arbiter, string[] args)
    {
        var root = TrainSafeguardingCommand.RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var leaveOut = (args.FirstOrDefault(a => a.StartsWith("--leave-out=", StringComparison.Ordinal))?["--leave-out=".Length..] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        FollowUpChoiceTrainer.WithinTurns = args.Contains("--within-turns");
        var files = FollowUpChoiceTrainer.TrainingFiles(Path.Combine(root, "eval"));
        var model = arbiter.Model;
        arbiter.Model = null;
        var turns = new List<FollowUpChoiceTrainer.Turn>();
        var baseScripts = await FollowUpChoiceTrainer.ReplayAsync(console, index, arbiter, files, turns);
        Oracle(turns, baseScripts, Console.Out);
        var training = turns.Where(t => !leaveOut.Contains(t.Batch)).ToList();
        Console.WriteLine("leave-one-batch-out, loose test (section holds the expected words), per margin:");
        var (margin, _) = FollowUpChoiceTrainer.LeaveOneBatchOut(training, Console.Out);
        Console.WriteLine($"margin chosen leave-one-batch-out: {margin}");
        if (args.Contains("--cv"))
        {
            await EndToEndAsync(console, index, arbiter, files, turns, baseScripts, Console.Out);
            arbiter.Model = model;
            return 0;
        }
        var weights = FollowUpChoiceTrainer.FitChosen(training);
        var output = args.FirstOrDefault(a => a.StartsWith("--out=", StringComparison.Ordinal))?["--out=".Length..]
            ?? Path.Combine(root, "seeds", FollowUpChoice.File);
        File.WriteAllText(output, FollowUpChoice.Write(weights, margin));
        var (g, l, o) = FollowUpChoiceTrainer.Net(training, new FollowUpChoice(weights, margin));
        Console.WriteLine($"{training.Count} follow-up turns; in-sample gained {g}, lost {l}, overrides {o} -> {output}");
        arbiter.Model = model;
        return 0;
    }

    private static void Oracle(IReadOnlyList<FollowUpChoiceTrainer.Turn> turns, IReadOnlyList<FollowUpChoiceTrainer.Script> scripts, TextWriter log)
    {
        int cascadeHolds = 0, onlyOther = 0, none = 0, replyRight = 0, replyWrongOtherHolds = 0;
        var bySource = new Dictionary<FollowUpChoice.Source, int>();
        foreach (var t in turns)
        {
            var was = t.CascadeAt >= 0 && t.Holds[t.CascadeAt];
            var other = t.Holds.Where((h, k) => h && k != t.CascadeAt).Any();
            replyRight += t.ReplyRight ? 1 : 0;
            if (was)
            {
                cascadeHolds++;
            }
            else if (other)
            {
                onlyOther++;
                foreach (var s in Enum.GetValues<FollowUpChoice.Source>().Where(s => s != FollowUpChoice.Source.None))
                {
                    if (t.Candidates.Where((c, k) => t.Holds[k] && (c.From & s) != 0).Any())
                    {
                        bySource[s] = bySource.GetValueOrDefault(s) + 1;
                    }
                }
            }
            else
            {
                none++;
            }
            if (!t.ReplyRight && !was && other)
            {
                replyWrongOtherHolds++;
            }
        }
        log.WriteLine($"scripts {scripts.Count}, right {scripts.Count(s => s.Right)}; follow-up turns {scripts.Sum(s => s.FollowUps)}, right {scripts.Sum(s => s.FollowUpsRight)}");
        log.WriteLine($"follow-up answer turns with a check: {turns.Count}; reply right {replyRight}");
        log.WriteLine($"  cascade's section holds the words {cascadeHolds}; only another candidate does {onlyOther} ({string.Join(", ", bySource.Select(kv => $"{kv.Key} {kv.Value}"))}); none does {none}");
        log.WriteLine($"  reply wrong and another candidate's section holds the words (the ceiling of this lever): {replyWrongOtherHolds}");
    }

    private static async Task EndToEndAsync(BotConsole console, KnowledgeIndex index, FollowUpArbiter arbiter, IReadOnlyList<string> files,
        IReadOnlyList<FollowUpChoiceTrainer.Turn> turns, IReadOnlyList<FollowUpChoiceTrainer.Script> baseScripts, TextWriter log)
    {
        var batches = files.Select(FollowUpChoiceTrainer.BatchOf).ToList();
        var before = baseScripts.ToDictionary(s => s.Id, StringComparer.Ordinal);
        int fixedCount = 0, lostCount = 0, baseRight = 0, newRight = 0, baseTurns = 0, newTurns = 0;
        var fixedIds = new List<string>();
        var lostIds = new List<string>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var held = batches.Where((b, i) => i % Folds == fold).ToHashSet(StringComparer.Ordinal);
            var training = turns.Where(t => !held.Contains(t.Batch)).ToList();
            var (margin, _) = FollowUpChoiceTrainer.LeaveOneBatchOut(training);
            arbiter.Model = new FollowUpChoice(FollowUpChoiceTrainer.FitChosen(training), margin);
            var after = await FollowUpChoiceTrainer.ReplayAsync(console, index, arbiter, files.Where(f => held.Contains(FollowUpChoiceTrainer.BatchOf(f))), null);
            arbiter.Model = null;
            int f = 0, l = 0;
            foreach (var s in after)
            {
                var b = before[s.Id];
                baseRight += b.Right ? 1 : 0;
                newRight += s.Right ? 1 : 0;
                baseTurns += b.FollowUpsRight;
                newTurns += s.FollowUpsRight;
                if (s.Right && !b.Right)
                {
                    f++;
                    fixedIds.Add(s.Id);
                }
                else if (!s.Right && b.Right)
                {
                    l++;
                    lostIds.Add(s.Id);
                }
            }
            fixedCount += f;
            lostCount += l;
            log.WriteLine($"fold {fold} ({held.Count} batches, margin {margin}): fixed {f}, lost {l}");
        }
        log.WriteLine($"end to end, three folds: scripts right {baseRight} -> {newRight} (fixed {fixedCount}, lost {lostCount}); follow-up turns right {baseTurns} -> {newTurns}");
        log.WriteLine("fixed: " + string.Join(" ", fixedIds));
        log.WriteLine("lost: " + string.Join(" ", lostIds));
    }
}
