using System.Text.Json;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Eval;
using CroydonBot.Knowledge;
using CroydonBot.Protocol;

namespace CroydonBot.Cli;

/// <summary>
/// The command line: <c>ask "question" [--json]</c> prints the bot's reply; <c>eval FILE.jsonl [--json]</c>
/// scores a question set against the bot and a plain BM25 baseline. Both use a throwaway database so
/// trying things out never fills the staff's question log.
/// </summary>
public static class CliCommand
{
    private static readonly JsonSerializerOptions Pretty = new(ProtocolJson.Options) { WriteIndented = true };

    public static bool IsCli(string[] args) => args.Length > 0 && args[0] is "ask" or "eval" or "explain" or "train-feedback-intent";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] == "train-feedback-intent")
        {
            // Run from the repository root: the examples and the model live in dialogs/, beside the guides in seeds/.
            var folder = args.ElementAtOrDefault(1) ?? Path.Combine("dialogs", FeedbackIntentData.Folder);
            return FeedbackIntentTrainer.TrainToFile(folder, args.ElementAtOrDefault(2) ?? "seeds", Console.Out);
        }
        var json = args.Contains("--json");
        var positional = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (positional.Count == 0)
        {
            await Console.Error.WriteLineAsync(args[0] == "ask" ? "Usage: ask \"your question\" [--json]" : "Usage: eval FILE.jsonl [--json]");
            return 2;
        }
        var database = Path.Combine(Path.GetTempPath(), $"croydonbot-cli-{Guid.NewGuid():N}.db");
        var appArgs = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).Concat(
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
                "explain" => Explain(app.Services.GetRequiredService<Retriever>(), app.Services.GetRequiredService<FeedbackIntentModel>(), positional[0]),
                _ => await EvalAsync(console, index, positional[0], json),
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

    /// <summary>Shows how a question was understood and which passages scored how: for tuning retrieval.</summary>
    private static int Explain(Retriever retriever, FeedbackIntentModel intent, string question)
    {
        var reading = intent.Predict(question);
        Console.WriteLine($"feedback intent: {reading.Label} (feedback {reading.Feedback:0.00}, of which offer {reading.Offer:0.00}; about {reading.About:0.00})");
        var result = retriever.Retrieve(question, 8);
        Console.WriteLine($"now={result.Plan.AsksAboutNow} past={result.Plan.AsksAboutPast} years=[{string.Join(',', result.Plan.Years)}]");
        foreach (var concept in result.Plan.Concepts)
        {
            Console.WriteLine($"  concept '{concept.Surface}' weight {concept.Weight:0.00}: {string.Join(" | ", concept.Alternatives.Select(a => string.Join(' ', a)))}");
        }
        foreach (var hit in result.Hits)
        {
            Console.WriteLine($"{hit.Score:0.000} cov {hit.Coverage:0.00} {hit.Passage.Id} [{hit.Passage.Heading}] {hit.Passage.Text[..Math.Min(100, hit.Passage.Text.Length)].Replace('\n', ' ')}");
        }
        return 0;
    }

    private static async Task<int> EvalAsync(BotConsole console, KnowledgeIndex index, string file, bool json)
    {
        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"No such file: {file}");
            return 2;
        }
        var cases = EvalCase.ReadAll(file);
        var report = await new EvalRunner(console, index).RunAsync(cases, CancellationToken.None);
        Console.WriteLine(json ? JsonSerializer.Serialize(report, Pretty) : report.ToText());
        return 0;
    }
}
