using CroydonBot.Eval;
using CroydonBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// Plays eval files (eval/*.jsonl) against the real app exactly as the eval command does, one app for all the
/// files of a test, and writes each report to the test output: the shared harness of the tests that hold the
/// bot to the floors recorded in docs/quality.md and docs/feedback.md.
/// </summary>
public static class EvalHarness
{
    /// <summary>Each file's cases and report, in the order given.</summary>
    public static async Task<IReadOnlyList<(IReadOnlyList<EvalCase> Cases, EvalReport Report)>> RunAsync(ITestOutputHelper output, params string[] files)
    {
        await using var host = await BotHost.StartAsync();
        var runner = new EvalRunner(new BotConsole(host.Services.GetRequiredService<CroydonBot.Bot.BotAdapter>()), host.Services.GetRequiredService<KnowledgeIndex>());
        var results = new List<(IReadOnlyList<EvalCase>, EvalReport)>();
        foreach (var file in files)
        {
            var cases = EvalCase.ReadAll(Path.Combine(RepoPaths.Root, "eval", file));
            var report = await runner.RunAsync(cases, CancellationToken.None);
            output.WriteLine($"== {file}");
            output.WriteLine(report.ToText());
            results.Add((cases, report));
        }
        return results;
    }

    /// <summary>
    /// How many cases went the right way at the feedback fork: feedback-like messages that started the feedback
    /// conversation, and everything else that did not.
    /// </summary>
    public static int RoutedRight(IReadOnlyList<EvalCase> cases, EvalReport report) =>
        cases.Count - report.Misses.Count(m => (m.Expected == "feedback") != (m.Kind == "feedback"));
}
