using System.Globalization;
using System.Text.Json;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Eval;
using CroydonBot.Knowledge;
using CroydonBot.Protocol;

namespace CroydonBot.Cli;

/// <summary>
/// The command line: <c>ask "question" [--json]</c> prints the bot's reply; <c>eval FILE.jsonl... [--json]
/// [--rankings=lexical,reranked] [--fit [--hand-labels]] [--replies=FILE]</c> scores question sets against the bot and a plain BM25 baseline,
/// with section accuracy for each ranking configuration (and, with --replies, appends every reply to FILE as
/// JSON lines), or fits the re-ranker's weights. All use a throwaway
/// database so trying things out never fills the staff's question log.
/// </summary>
public static class CliCommand
{
    private static readonly JsonSerializerOptions Pretty = new(ProtocolJson.Options) { WriteIndented = true };

    public static bool IsCli(string[] args) => args.Length > 0 && args[0] is "ask" or "eval" or "explain" or "check-safety" or "train-feedback-intent" or "route" or "out-of-scope-cv" or "train-word-spread" or "train-answer-gate" or "train-neighbours" or "train-sentence-choice" or "train-follow-up-choice";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] == "train-feedback-intent")
        {
            // The examples and the model live in the repository's dialogs/, beside the guides in seeds/ (dotnet run's
            // launch profile starts in src/CroydonBot, so the repository is found by walking up).
            var root = TrainSafeguardingCommand.RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
            var folder = args.ElementAtOrDefault(1) ?? Path.Combine(root, "dialogs", FeedbackIntentData.Folder);
            return FeedbackIntentTrainer.TrainToFile(folder, args.ElementAtOrDefault(2) ?? Path.Combine(root, "seeds"), Console.Out);
        }
        if (args[0] == "out-of-scope-cv")
        {
            var root = TrainSafeguardingCommand.RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
            return Replies.OutOfScopeIntent.OutOfScopeCrossValidation.Run(Path.Combine(root, "dialogs", Replies.OutOfScopeIntent.OutOfScopeExamples.Folder), Path.Combine(root, "seeds"), Console.Out, args.Contains("--lines"));
        }
        if (args[0] == "route")
        {
            return RoutingEval.Run(args, TrainSafeguardingCommand.RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory());
        }
        var json = args.Contains("--json");
        var positional = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (positional.Count == 0 && args[0] is not "train-word-spread" and not "train-answer-gate" and not "train-neighbours" and not "train-sentence-choice" and not "train-follow-up-choice")
        {
            await Console.Error.WriteLineAsync(args[0] == "ask" ? "Usage: ask \"your question\" [--json]" : "Usage: eval FILE.jsonl... [--json] [--rankings=lexical,reranked] [--fit [--hand-labels]]");
            return 2;
        }
        var rankings = args.FirstOrDefault(a => a.StartsWith(RankingsFlag, StringComparison.Ordinal))?[RankingsFlag.Length..]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (args[0] == "eval" && (rankings is { Length: > 0 } || positional.Count > 1) && !args.Contains("--fit"))
        {
            return await EvalRankingsAsync(args, positional, rankings ?? [KnowledgeOptions.Reranked], json);
        }
        var database = Path.Combine(Path.GetTempPath(), $"croydonbot-cli-{Guid.NewGuid():N}.db");
        var appArgs = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=') && !a.StartsWith(RankingsFlag, StringComparison.Ordinal) && !a.StartsWith(RepliesFlag, StringComparison.Ordinal)).Concat(
        [
            $"--Storage:SqlitePath={database}",
            "--Logging:LogLevel:Default=Warning",
        ]).ToArray();
        try
        {
            var app = CroydonBotApp.Build(appArgs);
            await app.InitialiseAsync();
            var console = new BotConsole(app.Services.GetRequiredService<Bot.BotAdapter>());
            var index = app.Services.GetRequiredService<KnowledgeIndex>();
            return args[0] switch
            {
                "ask" => await AskAsync(console, index, positional[0], json),
                "explain" => Explain(app.Services.GetRequiredService<Retriever>(), app.Services.GetRequiredService<FeedbackIntentModel>(), app.Services.GetRequiredService<AnswerGate>(), positional[0]),
                "check-safety" => CheckSafety(app.Services.GetRequiredService<Safety.LayeredSafeguardingCheck>(), positional),
                "train-word-spread" => TrainWordSpread(index, args),
                "train-neighbours" => TrainNeighbours(app.Services.GetRequiredService<KnowledgeIndex>(), app.Services.GetRequiredService<Reranker>(), args),
                "train-sentence-choice" => TrainSentenceChoice(index, app.Services.GetRequiredService<QueryPlanner>(), app.Services.GetRequiredService<AnswerComposer>(), args,
                    app.Services.GetRequiredService<Retriever>(), app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KnowledgeOptions>>().Value.MaxQuestionWords),
                "train-follow-up-choice" => await FollowUpChoiceCommand.RunAsync(console, index, app.Services.GetRequiredService<Conversation.FollowUpArbiter>(), args),
                "train-answer-gate" => TrainAnswerGate(app.Services.GetRequiredService<Retriever>(), OutOfScopeDeclines(app.Services), args),
                _ when args.Contains("--fit") => Fit(app.Services, positional, args.Contains("--hand-labels"),
                    (args.FirstOrDefault(a => a.StartsWith("--fit-only=", StringComparison.Ordinal))?["--fit-only=".Length..] ?? "")
                        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
                    Tries(args)),
                _ => await EvalAsync(console, index, app.Services.GetRequiredService<Retriever>(), positional[0], json, args.FirstOrDefault(a => a.StartsWith(RepliesFlag, StringComparison.Ordinal))?[RepliesFlag.Length..]),
            };
        }
        catch (InvalidDataException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<int> AskAsync(BotConsole console, KnowledgeIndex index, string question, bool json)
    {
        var summary = ReplySummary.From(await console.AskAsync(question, CancellationToken.None), index);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(summary, Pretty));
            return 0;
        }
        Console.WriteLine(summary.Text);
        if (summary.Suggestions.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("[" + string.Join("] [", summary.Suggestions) + "]");
        }
        Console.WriteLine($"({summary.Kind}{(summary.Confidence is { } c ? $", confidence {c:0.00}" : "")})");
        return 0;
    }

    // The default threshold: explain reads a question alone, as the gate's fallback rule would.
    private static readonly double KnowledgeOptionsThreshold = new KnowledgeOptions().ConfidenceThreshold;

    /// <summary>Shows how a question was understood and which passages scored how: for tuning retrieval (or, given a .jsonl file, each question's top sections).</summary>
    private static int Explain(Retriever retriever, FeedbackIntentModel intent, AnswerGate gate, string question)
    {
        if (question.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && File.Exists(question))
        {
            // A whole question file: the first three distinct sections each question ranks, for labelling a new
            // batch's expected sections (checked by hand against its expected facts).
            foreach (var c in EvalCase.ReadAll(question).Where(c => !c.IsScript))
            {
                var sections = retriever.Retrieve(c.Question, 25).Hits.Select(h => EvalCase.SectionOf(h.Passage)).Distinct().Take(3);
                Console.WriteLine($"{c.Id}\t{string.Join("\t", sections)}");
            }
            return 0;
        }
        var reading = intent.Predict(question);
        Console.WriteLine($"feedback intent: {reading.Label} (feedback {reading.Feedback:0.00}, of which offer {reading.Offer:0.00}; about {reading.About:0.00}; stop {reading.Stop:0.00})");
        var result = retriever.Retrieve(question, 8);
        Console.WriteLine($"now={result.Plan.AsksAboutNow} past={result.Plan.AsksAboutPast} years=[{string.Join(',', result.Plan.Years)}]");
        foreach (var concept in result.Plan.Concepts)
        {
            var marks = (concept.Unknown ? " unseen" : "") + (concept.Context ? " story" : "");
            Console.WriteLine($"  concept '{concept.Surface}' weight {concept.Weight:0.00}{marks}: {string.Join(" | ", concept.Alternatives.Select(a => string.Join(' ', a)))}");
        }
        // Why the knowledge step would answer or say "I don't know" (RetrievalResult.Answers), read on its own.
        Console.WriteLine($"confidence {result.Confidence:0.00}, fact asked missing {AskedFact.IsMissing(result)}, unknown subject {UnknownSubject.Dominates(result.Plan)}; answer gate {gate.Probability(result):0.00} -> {(gate.Answers(result, KnowledgeOptionsThreshold) ? "answer" : "I don't know")}");
        foreach (var hit in result.Hits)
        {
            Console.WriteLine($"{hit.Score:0.000} cov {hit.Coverage:0.00} {hit.Passage.Id} [{hit.Passage.Heading}] {hit.Passage.Text[..Math.Min(100, hit.Passage.Text.Length)].Replace('\n', ' ')}");
            if (retriever.Reranker?.TraitsOf(hit.Number).Speaker is { } speaker)
            {
                Console.WriteLine($"      speaker: {speaker}");
            }
        }
        return 0;
    }

    private const string RankingsFlag = "--rankings=";
    private const string RepliesFlag = "--replies=";

    /// <summary>Shows how the safeguarding check judged a message (the last argument) after earlier ones: for staff checking a phrasing.</summary>
    private static int CheckSafety(Safety.LayeredSafeguardingCheck check, IReadOnlyList<string> messages)
    {
        if (messages.All(m => m.EndsWith(".jsonl", StringComparison.Ordinal) && File.Exists(m)))
        {
            return CheckSafetyReport.Run(check, messages, Console.Out);
        }
        // Played as the bot plays a conversation, so a message right after a crisis shows the reply given again.
        var assessment = Safety.ConversationReplay.Last(check, messages);
        Console.WriteLine($"tier {assessment.Tier}, layer {assessment.Layer}, score {assessment.Score:0.000}{(assessment.Category is { } c ? ", category " + c : "")}{(assessment.AnswerAfter ? ", question answered after the crisis reply" : "")}");
        return 0;
    }

    private static async Task<int> EvalAsync(BotConsole console, KnowledgeIndex index, Retriever retriever, string file, bool json, string? repliesFile)
    {
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"No such file: {file}");
            return 2;
        }
        var cases = EvalCase.ReadAll(file);
        await using var replies = repliesFile is null ? null : new StreamWriter(repliesFile, append: true);
        var report = await new EvalRunner(console, index, retriever, replies).RunAsync(cases, CancellationToken.None);
        Console.WriteLine(json ? JsonSerializer.Serialize(report, Pretty) : report.ToText());
        return 0;
    }

    /// <summary>
    /// Every file under every ranking configuration (each a fresh app with <c>Knowledge:Ranking</c> set), each
    /// report in full, then one line per configuration and file: answers, abstentions and section accuracy.
    /// </summary>
    private static async Task<int> EvalRankingsAsync(string[] args, IReadOnlyList<string> files, IReadOnlyList<string> rankings, bool json)
    {
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            await Console.Error.WriteLineAsync($"No such file: {missing}");
            return 2;
        }
        var summary = new List<string>();
        foreach (var ranking in rankings)
        {
            foreach (var file in files)
            {
                var rest = args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && !a.StartsWith(RankingsFlag, StringComparison.Ordinal));
                Console.WriteLine($"== ranking {ranking}: {file}");
                var output = new StringWriter();
                var original = Console.Out;
                Console.SetOut(output);
                try
                {
                    await RunAsync(["eval", file, .. rest, $"--Knowledge:Ranking={ranking}"]);
                }
                finally
                {
                    Console.SetOut(original);
                }
                var text = output.ToString();
                Console.WriteLine(text);
                if (!json)
                {
                    var overall = text.Split('\n').FirstOrDefault(l => l.StartsWith("overall", StringComparison.Ordinal))?.Trim() ?? "";
                    var sections = text.Split('\n').FirstOrDefault(l => l.StartsWith("section accuracy", StringComparison.Ordinal))?.Trim() ?? "";
                    summary.Add($"{ranking,-9} {Path.GetFileName(file),-24} {overall}\n{"",34}{sections}");
                }
            }
        }
        if (summary.Count > 0)
        {
            Console.WriteLine("== summary (overall: cases, bot hit, answers, abstain, false-abst, sg-recall, sg-FP | baseline)");
            summary.ForEach(Console.WriteLine);
        }
        return 0;
    }

    /// <summary>
    /// <c>train-word-spread [--leave-out=ae,af] [--out=FILE]</c>: learns seeds/word-spread.tsv from the guides' questions and
    /// the labelled questions of eval/quality-* and routing-*, or, leaving batches out, a table to score those batches with
    /// (<c>--Knowledge:WordSpreadPath=FILE</c>).
    /// </summary>
    private static int TrainWordSpread(KnowledgeIndex index, string[] args)
    {
        var root = TrainSafeguardingCommand.RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var leaveOut = (args.FirstOrDefault(a => a.StartsWith("--leave-out=", StringComparison.Ordinal))?["--leave-out=".Length..] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var output = args.FirstOrDefault(a => a.StartsWith("--out=", StringComparison.Ordinal))?["--out=".Length..]
            ?? Path.Combine(root, "seeds", WordSpread.File);
        var questions = WordSpreadTrainer.Questions(index, WordSpreadTrainer.TrainingFiles(Path.Combine(root, "eval")), leaveOut);
        var spreads = WordSpreadTrainer.Train(questions, index.Analyzer.Terms);
        var source = "the guides' Questions lines and eval/quality-*, routing-*" + (leaveOut.Count > 0 ? $" without batches {string.Join(", ", leaveOut.Order())}" : "");
        File.WriteAllText(output, WordSpreadTrainer.Write(spreads, questions.Count, source));
        Console.WriteLine($"{spreads.Count(s => s.Factor < 1)} spread words of {spreads.Count} seen in {WordSpreadTrainer.MinQuestions}+ of {questions.Count} questions -> {output}");
        return 0;
    }

    /// <summary>
    /// <c>train-answer-gate [--leave-out=an,ao] [--out=FILE] [--cv]</c>: learns seeds/answer-gate.tsv from eval/'s labelled
    /// questions asked alone, or, leaving batches out, a gate to score those batches with (<c>--Knowledge:AnswerGatePath=FILE</c>).
    /// <c>--cv</c> writes nothing: each batch is decided by a gate trained without it, against the threshold rule.
    /// </summary>
    private static int TrainAnswerGate(Retriever retriever, Func<string, bool> declined, string[] args)
    {
        var root = TrainSafeguardingCommand.RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var leaveOut = (args.FirstOrDefault(a => a.StartsWith("--leave-out=", StringComparison.Ordinal))?["--leave-out=".Length..] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var examples = AnswerGateTrainer.Examples(retriever, AnswerGateTrainer.TrainingFiles(Path.Combine(root, "eval")), declined);
        if (args.Contains("--cv"))
        {
            AnswerGateCrossValidation.Run(examples, Console.Out);
            return 0;
        }
        var output = args.FirstOrDefault(a => a.StartsWith("--out=", StringComparison.Ordinal))?["--out=".Length..]
            ?? Path.Combine(root, "seeds", AnswerGate.File);
        var training = examples.Where(e => !leaveOut.Contains(e.Batch)).ToList();
        var source = "eval/quality-*, routing-*, safeguarding-*" + (leaveOut.Count > 0 ? $" without batches {string.Join(", ", leaveOut.Order())}" : "");
        File.WriteAllText(output, AnswerGateTrainer.Write(AnswerGateTrainer.Fit(training), training.Count, source));
        Console.WriteLine($"answer gate learned from {training.Count} questions -> {output}");
        return 0;
    }

    /// <summary>
    /// <c>train-neighbours [--leave-out=ao] [--out=FILE] [--follow-ups]</c>: writes seeds/neighbours.tsv from eval/'s labelled questions, or,
    /// leaving batches out, a file to score those batches with (<c>--Knowledge:NeighboursPath=FILE</c>).
    /// </summary>
    /// <summary>
    /// Round AL (sent-al): writes seeds/sentence-choice.tsv from every development answer turn; with --cv, prints the
    /// leave-one-batch-out figures (each batch's turns scored by weights fitted without that batch) against today's hand weights.
    /// </summary>
    private static int TrainSentenceChoice(KnowledgeIndex index, QueryPlanner planner, AnswerComposer composer, string[] args, Retriever retriever, int maxQuestionWords)
    {
        var root = TrainSafeguardingCommand.RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var groups = SentenceChoiceTrainer.Groups(index.Passages, planner, composer, SentenceChoiceTrainer.TrainingFiles(Path.Combine(root, "eval")),
            question => retriever.Retrieve(QuestionBudget.FirstWords(question, maxQuestionWords)));
        if (args.Contains("--cv"))
        {
            // Round AM (lead-am): each batch's replies with the lead of weights fitted without it, against the hand rules' replies,
            // at each margin by which the learned lead must beat the hand lead's score to replace it.
            double[] margins = [double.NegativeInfinity, 0, 0.25, 0.5, 1, 1.5, 2, 3];
            var learned = new int[margins.Length];
            var hand = 0;
            // --dump=FILE: each group's hand lead, learned lead and which leads' replies pass (for reading where they differ).
            using var dump = args.FirstOrDefault(a => a.StartsWith("--dump=", StringComparison.Ordinal)) is { } d ? new StreamWriter(d["--dump=".Length..]) : null;
            foreach (var batch in groups.Select(g => g.Batch).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var held = groups.Where(g => g.Batch == batch).ToList();
                var fold = SentenceChoiceTrainer.Fit(groups, batch);
                var line = new List<string>();
                for (var m = 0; m < margins.Length; m++)
                {
                    var (l, h) = SentenceChoiceTrainer.Correct(held, fold, margins[m]);
                    learned[m] += l;
                    line.Add(l.ToString(CultureInfo.InvariantCulture));
                    hand += m == 0 ? h : 0;
                }
                if (dump is not null)
                {
                    foreach (var g in held)
                    {
                        dump.WriteLine($"{g.Id}\thand {g.HandIndex} {(g.HandPass ? "pass" : "fail")}\tlearned {SentenceChoiceTrainer.Lead(g, fold)}\t{string.Concat(g.Positive.Select(p => p ? '+' : '-'))}");
                    }
                }
                Console.WriteLine($"{batch}\t{held.Count}\tlearned by margin {string.Join(' ', line)}\thand {SentenceChoiceTrainer.Correct(held, fold).Hand}");
            }
            for (var m = 0; m < margins.Length; m++)
            {
                Console.WriteLine($"leave-one-batch-out over {groups.Count} sections read for a turn, margin {margins[m]}: learned lead's reply passes {learned[m]}, hand {hand}");
            }
            return 0;
        }
        // Round AM (lead-am): --leave-out=a,b writes a table learned without those batches (with --out=FILE), to score them end to
        // end (--Knowledge:SentenceChoicePath=FILE --Knowledge:LearnedLead=true).
        var leaveOut = (args.FirstOrDefault(a => a.StartsWith("--leave-out=", StringComparison.Ordinal))?["--leave-out=".Length..] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var weights = SentenceChoiceTrainer.Fit(groups, leaveOut);
        var (inSample, handInSample) = SentenceChoiceTrainer.Correct(groups, weights);
        var output = args.FirstOrDefault(a => a.StartsWith("--out=", StringComparison.Ordinal))?["--out=".Length..]
            ?? Path.Combine(root, "seeds", SentenceChoice.File);
        var source = "reply-level labels of development answer turns (eval/quality-*, multiturn-*, routing-*)"
            + (leaveOut.Count > 0 ? $" without batches {string.Join(", ", leaveOut.Order(StringComparer.Ordinal))}" : "");
        File.WriteAllText(output, SentenceChoice.Write(weights, $"{groups.Count} sections read for a turn: {source}"));
        Console.WriteLine($"{groups.Count} groups; in-sample learned lead's reply passes {inSample}, hand {handInSample} -> {output}");
        return 0;
    }

    private static int TrainNeighbours(KnowledgeIndex index, Reranker reranker, string[] args)
    {
        var root = TrainSafeguardingCommand.RepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();
        var leaveOut = (args.FirstOrDefault(a => a.StartsWith("--leave-out=", StringComparison.Ordinal))?["--leave-out=".Length..] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var output = args.FirstOrDefault(a => a.StartsWith("--out=", StringComparison.Ordinal))?["--out=".Length..]
            ?? Path.Combine(root, "seeds", NeighbourQuestions.File);
        var questions = NeighbourTrainer.Questions(index.Passages, reranker.TopicTerms, NeighbourTrainer.TrainingFiles(Path.Combine(root, "eval")), leaveOut,
            followUps: args.Contains("--follow-ups"));
        var source = "eval/quality-*, routing-*, safeguarding-*" + (args.Contains("--follow-ups") ? ", multiturn-* follow-ups" : "") + (leaveOut.Count > 0 ? $" without batches {string.Join(", ", leaveOut.Order())}" : "");
        File.WriteAllText(output, NeighbourTrainer.Write(questions, source));
        Console.WriteLine($"{questions.Count} labelled questions -> {output}");
        return 0;
    }

    /// <summary>Whether a hand-written out-of-scope topic declines a question asked alone.</summary>
    private static Func<string, bool> OutOfScopeDeclines(IServiceProvider services)
    {
        var matcher = services.GetRequiredService<Replies.OutOfScopeMatcher>();
        return question => AnswerGateTrainer.Declined(matcher, question);
    }

    /// <summary>
    /// eval --fit's <c>--try=neighbour=0.3[,lexical=0.3]</c> settings (any number of them), each the current weights with
    /// those features changed, scored beside the current ones.
    /// </summary>
    private static IReadOnlyList<(string Name, IReadOnlyDictionary<string, double> Changes)> Tries(string[] args) =>
    [
        .. args.Where(a => a.StartsWith("--try=", StringComparison.Ordinal)).Select(a => a["--try=".Length..]).Select(t =>
            (t, (IReadOnlyDictionary<string, double>)t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.Split('='))
                .ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal))),
    ];

    /// <summary>Fits the re-ranker's weights on every labelled case of <paramref name="files"/>, with cross-validation.</summary>
    private static int Fit(IServiceProvider services, IReadOnlyList<string> files, bool handLabelsOnly, IReadOnlySet<string> fitOnly,
        IReadOnlyList<(string Name, IReadOnlyDictionary<string, double> Changes)> tries)
    {
        var batches = files.Select(f => (Path.GetFileNameWithoutExtension(f), EvalCase.ReadAll(f))).ToList();
        var content = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.ContentOptions>>().Value;
        var current = Configuration.YamlFile.Read<RankingWeights>(Path.Combine(content.SeedsFullPath, RankingWeights.File));
        var fitter = new RankingFitter(services.GetRequiredService<Retriever>(), services.GetRequiredService<Reranker>(), services.GetRequiredService<KnowledgeIndex>());
        Console.WriteLine(fitter.Run(batches, current, handLabelsOnly, fitOnly, tries));
        return 0;
    }
}
