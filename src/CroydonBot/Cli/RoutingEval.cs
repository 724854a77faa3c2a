using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Eval;
using CroydonBot.Replies;
using Microsoft.ML;

namespace CroydonBot.Cli;

/// <summary>
/// The <c>route FILE.jsonl... [--train] [--cv] [--misses]</c> command: how the feedback routing alone reads every
/// single question of the files (feedback-like ones must start the dialog, questions must not), how often the
/// "Shall I send this as your feedback?" confirmation fires, and with <c>--cv</c> the routing bars fitted
/// leave-one-batch-out (a batch is every file whose name ends in the same letter: routing-c and quality-c).
/// <c>--child-at-risk</c> lists the cases read as a report of a child at risk. <c>--train</c> reads the examples and trains in memory instead of loading the committed model, so a change to
/// the examples is measured before it is committed. <c>--cv-model</c> retrains the model once per batch with that batch's
/// examples (dialogs/feedback-intent/batch-X.tsv) left out and routes the batch with it, so a batch the model learned
/// from is still measured as if unseen. <c>--readings</c> prints every case with the model's reading.
/// <c>--cv-folds=N [--extra=DIR]</c> does the same for every batch, dealt into N folds (round AM).
/// Crises and small-talk cases are left out: other steps take them. A safeguarding set's look-alike that is angry
/// feedback with no risk (class <c>lookalike-feedback</c>) is feedback to route; its other cases are questions.
/// </summary>
public static class RoutingEval
{
    private sealed record Case(string Batch, string File, string Id, string Text, bool Feedback);

    private enum Route { Start, Confirm, Button, None }

    public static int Run(string[] args, string root) => Run(args, root, Console.Error);

    /// <summary>
    /// As <see cref="Run(string[], string)"/>, writing its complaints to <paramref name="error"/>. Outside the repository (no
    /// dialogs/ under <paramref name="root"/>) it says so and returns 2, instead of a DirectoryNotFoundException's stack.
    /// </summary>
    public static int Run(string[] args, string root, TextWriter error)
    {
        var dialogs = Path.Combine(root, "dialogs");
        var feedbackFile = Path.Combine(dialogs, FeedbackDialogData.File);
        if (!File.Exists(feedbackFile))
        {
            error.WriteLine($"route reads the feedback routing from dialogs/ in the repository, and there is no {feedbackFile}. Run it inside the repository (the folder with CroydonBot.sln).");
            return 2;
        }
        var data = YamlFile.Read<FeedbackDialogData>(feedbackFile).Triggers;
        var intentFolder = Path.Combine(dialogs, FeedbackIntentData.Folder);
        FeedbackIntentModel model;
        if (args.Contains("--train"))
        {
            var ml = new MLContext(FeedbackIntentTrainer.Seed);
            var chars = args.FirstOrDefault(a => a.StartsWith("--char=", StringComparison.Ordinal)) is { } c ? int.Parse(c["--char=".Length..], System.Globalization.CultureInfo.InvariantCulture) : FeedbackIntentTrainer.CharNgrams;
            model = new FeedbackIntentModel(ml, FeedbackIntentTrainer.Train(ml, FeedbackIntentData.Read(intentFolder, Path.Combine(root, "seeds")), chars));
        }
        else
        {
            model = FeedbackIntentModel.Load(Path.Combine(intentFolder, FeedbackIntentData.ModelFile));
        }
        var files = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        // An engineer who types a message here instead of an eval file gets a sentence, not a FileNotFoundException's stack.
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            error.WriteLine($"route reads eval files (JSON lines, eval/README.md); no file \"{missing}\". To see how one message is routed, put it in a file or use scripts/ask.py.");
            return 2;
        }
        var cases = files.SelectMany(Read).ToList();
        var bars = FeedbackRoutingBars.Default;
        var smallTalk = new SmallTalkMatcher(YamlFile.Read<SmallTalkData>(Path.Combine(dialogs, SmallTalkData.File)));
        Report(cases, new FeedbackTriggers(data, model, bars, smallTalk), args.Contains("--misses"), model);
        if (args.Contains("--readings"))
        {
            Readings(cases, new FeedbackTriggers(data, model, bars, smallTalk), model);
        }
        if (args.Contains("--child-at-risk"))
        {
            // Which cases read as a report of a child at risk (their own reply, before the feedback intent).
            foreach (var c in cases.Where(c => ChildAtRiskReport.Matches(c.Text)))
            {
                Console.WriteLine($"CHILD-AT-RISK\t{c.File}\t{c.Id}\t{(c.Feedback ? "feedback" : "question")}\t{c.Text.ReplaceLineEndings(" ")}");
            }
        }
        if (args.Contains("--cv"))
        {
            CrossValidate(cases, data, model, smallTalk);
        }
        if (args.Contains("--cv-model"))
        {
            CrossValidateModel(cases, data, smallTalk, intentFolder, Path.Combine(root, "seeds"), args.Contains("--misses"));
        }
        if (args.FirstOrDefault(a => a.StartsWith("--cv-folds=", StringComparison.Ordinal)) is { } folds)
        {
            var extra = args.FirstOrDefault(a => a.StartsWith("--extra=", StringComparison.Ordinal))?["--extra=".Length..];
            CrossValidateFolds(cases, data, smallTalk, intentFolder, Path.Combine(root, "seeds"), int.Parse(folds["--cv-folds=".Length..], System.Globalization.CultureInfo.InvariantCulture), extra, args.Contains("--misses"));
        }
        return 0;
    }

    private static void Readings(IReadOnlyList<Case> cases, FeedbackTriggers triggers, FeedbackIntentModel model)
    {
        foreach (var c in cases)
        {
            var r = model.Predict(c.Text);
            Console.WriteLine(FormattableString.Invariant($"READ\t{c.File}\t{c.Id}\t{(c.Feedback ? "feedback" : "question")}\t{RouteOf(triggers, c.Text)}\t{r.Label}\t{r.Feedback:0.00}\t{r.Offer:0.00}\t{r.About:0.00}\t{r.Stop:0.00}\t{c.Text.ReplaceLineEndings(" ")}"));
        }
    }

    /// <summary>
    /// For each batch that has an examples file of its own: the model trained without it, routing that batch with the shipped
    /// bars. Batches with no examples file are routed by the committed model's training anyway, so they are left to <c>--cv</c>.
    /// </summary>
    private static void CrossValidateModel(IReadOnlyList<Case> cases, FeedbackTriggerData data, SmallTalkMatcher smallTalk, string intentFolder, string seedsFolder, bool misses)
    {
        var batches = cases.Select(c => c.Batch).Distinct().Where(b => File.Exists(Path.Combine(intentFolder, FeedbackIntentData.BatchFile(b))))
            .Order(StringComparer.Ordinal).ToList();
        foreach (var batch in batches)
        {
            var ml = new MLContext(FeedbackIntentTrainer.Seed);
            var model = new FeedbackIntentModel(ml, FeedbackIntentTrainer.Train(ml, FeedbackIntentData.Read(intentFolder, seedsFolder, leaveOut: batch)));
            Console.WriteLine($"-- model trained without {FeedbackIntentData.BatchFile(batch)}, shipped bars:");
            Report([.. cases.Where(c => c.Batch == batch)], new FeedbackTriggers(data, model, FeedbackRoutingBars.Default, smallTalk), misses, model);
        }
    }

    /// <summary>
    /// Leave-one-fold-out over every batch of the files (round AM): the batches are dealt into <paramref name="folds"/> folds
    /// (<see cref="RoutingFolds"/>); for each fold the model is trained without the fold's batch files (in dialogs/feedback-intent and
    /// in <paramref name="extraFolder"/>, a folder of drafted batch files trained on beside it) and routes the fold's cases with the
    /// shipped rules and bars. Unlike <c>--cv-model</c>, which measures only the batches with a file of their own (K-N), every
    /// batch is measured as unseen by the model, with or without more training data.
    /// </summary>
    private static void CrossValidateFolds(IReadOnlyList<Case> cases, FeedbackTriggerData data, SmallTalkMatcher smallTalk, string intentFolder, string seedsFolder, int folds, string? extraFolder, bool misses)
    {
        var fold = RoutingFolds.Assign(cases.Select(c => c.Batch), folds);
        var (right, total) = (0, 0);
        for (var f = 0; f < folds; f++)
        {
            var held = fold.Where(b => b.Value == f).Select(b => FeedbackIntentData.BatchFile(b.Key)).ToHashSet(StringComparer.Ordinal);
            var examples = FeedbackIntentData.Read(intentFolder, seedsFolder, held.Contains).ToList();
            if (extraFolder is not null)
            {
                examples.AddRange(FeedbackIntentData.ReadFiles(extraFolder, held.Contains));
            }
            var ml = new MLContext(FeedbackIntentTrainer.Seed);
            var model = new FeedbackIntentModel(ml, FeedbackIntentTrainer.Train(ml, examples));
            var foldCases = cases.Where(c => fold[c.Batch] == f).ToList();
            var triggers = new FeedbackTriggers(data, model, FeedbackRoutingBars.Default, smallTalk);
            var foldRight = foldCases.Count(c => Right(c, RouteOf(triggers, c.Text)));
            Console.WriteLine($"-- fold {f} ({string.Join(" ", fold.Where(b => b.Value == f).Select(b => b.Key))}), model trained on {examples.Count} examples without it: right {foldRight}/{foldCases.Count}");
            Report(foldCases, triggers, misses, model);
            (right, total) = (right + foldRight, total + foldCases.Count);
        }
        Console.WriteLine($"leave-one-fold-out: right {right}/{total}");
    }

    private static IEnumerable<Case> Read(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var batch = name.Contains('-', StringComparison.Ordinal) ? name[(name.LastIndexOf('-') + 1)..] : name;
        return EvalCase.ReadAll(file)
            .Where(c => !c.IsScript && c.Context.Count == 0 && c.Expect is "feedback" or "answer" or "abstain")
            .Select(c => new Case(batch, name, c.Id, c.Question, c.Expect == "feedback" || c.Class == "lookalike-feedback"));
    }

    private static Route RouteOf(FeedbackTriggers triggers, string text) => triggers.Match(text) switch
    {
        null => Route.None,
        { Starts: false } => Route.Button,
        { Message: null } => Route.Start,
        _ => Route.Confirm,
    };

    private static bool Right(Case c, Route route) => c.Feedback == route is Route.Start or Route.Confirm;

    private static void Report(IReadOnlyList<Case> cases, FeedbackTriggers triggers, bool misses, FeedbackIntentModel model)
    {
        var routes = cases.Select(c => (Case: c, Route: RouteOf(triggers, c.Text))).ToList();
        foreach (var file in routes.GroupBy(r => r.Case.File))
        {
            var feedback = file.Where(r => r.Case.Feedback).ToList();
            var questions = file.Where(r => !r.Case.Feedback).ToList();
            Console.WriteLine($"{file.Key,-22} feedback started {feedback.Count(r => Right(r.Case, r.Route)),3}/{feedback.Count,-3} questions not started {questions.Count(r => Right(r.Case, r.Route)),3}/{questions.Count,-3}" +
                $" right {file.Count(r => Right(r.Case, r.Route)),3}/{file.Count(),-3} confirm on questions {questions.Count(r => r.Route == Route.Confirm),2}, on feedback {feedback.Count(r => r.Route == Route.Confirm),2}; button on questions {questions.Count(r => r.Route == Route.Button)}");
        }
        var all = routes.Where(r => !r.Case.Feedback).ToList();
        Console.WriteLine($"all: right {routes.Count(r => Right(r.Case, r.Route))}/{routes.Count}; confirm fired {routes.Count(r => r.Route == Route.Confirm)} times, {all.Count(r => r.Route == Route.Confirm)} on questions");
        if (!misses)
        {
            return;
        }
        foreach (var (c, route) in routes.Where(r => !Right(r.Case, r.Route)))
        {
            var reading = model.Predict(c.Text);
            Console.WriteLine($"  MISS {c.Id} {(c.Feedback ? "feedback" : "question")} -> {route} (fb {reading.Feedback:0.00} offer {reading.Offer:0.00} about {reading.About:0.00} q={MessageShape.IsQuestion(c.Text)}) {c.Text}");
        }
    }

    private static readonly float[] Starts = [0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f];
    private static readonly float[] QuestionStarts = [0.6f, 0.65f, 0.7f, 0.75f, 0.8f, 0.85f];
    private static readonly float[] Clauses = [0.5f, 0.6f, 0.7f];
    private static readonly float[] QuestionOffers = [0.7f, 0.8f, 0.9f, 0.95f, 1.01f];

    /// <summary>
    /// For each batch: the bars that route the other batches best (ties to the default-nearest first), and how those
    /// bars route the batch left out. Then the bars fitted on all of them.
    /// </summary>
    private static void CrossValidate(IReadOnlyList<Case> cases, FeedbackTriggerData data, FeedbackIntentModel model, SmallTalkMatcher smallTalk)
    {
        var grid = (from s in Starts from q in QuestionStarts from c in Clauses from o in QuestionOffers
                    select FeedbackRoutingBars.Default with { Start = s, QuestionStart = q, Clause = c, QuestionOffer = o }).ToList();
        // Right or wrong per bars and case, computed once.
        var right = grid.Select(bars =>
        {
            var triggers = new FeedbackTriggers(data, model, bars, smallTalk);
            return cases.Select(c => Right(c, RouteOf(triggers, c.Text))).ToArray();
        }).ToList();
        var batches = cases.Select(c => c.Batch).Distinct().Where(b => b.Length == 1).Order(StringComparer.Ordinal).ToList();
        int Score(int g, Func<Case, bool> include) => cases.Select((c, i) => (c, i)).Count(x => include(x.c) && right[g][x.i]);
        var heldRight = 0;
        var heldTotal = 0;
        foreach (var batch in batches)
        {
            var best = Enumerable.Range(0, grid.Count).MaxBy(g => Score(g, c => c.Batch != batch));
            var routingRight = Score(best, c => c.Batch == batch && c.File.StartsWith("routing", StringComparison.Ordinal));
            var routingTotal = cases.Count(c => c.Batch == batch && c.File.StartsWith("routing", StringComparison.Ordinal));
            var allRight = Score(best, c => c.Batch == batch);
            Console.WriteLine($"held out {batch}: bars fitted on the rest {grid[best]}; routing-{batch} {routingRight}/{routingTotal}, all of {batch} {allRight}/{cases.Count(c => c.Batch == batch)}");
            heldRight += routingRight;
            heldTotal += routingTotal;
        }
        Console.WriteLine($"leave-one-batch-out routing: {heldRight}/{heldTotal}");
        var overall = Enumerable.Range(0, grid.Count).MaxBy(g => Score(g, _ => true));
        Console.WriteLine($"fitted on everything: {grid[overall]} right {Score(overall, _ => true)}/{cases.Count}; default bars right {Score(grid.IndexOf(FeedbackRoutingBars.Default), _ => true)}/{cases.Count}");
    }
}
