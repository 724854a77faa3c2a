using CroydonBot.Eval;
using CroydonBot.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// The multi-turn development scripts (eval/multiturn-dev.jsonl and multiturn-c.jsonl, written by someone other
/// than the code's author), each played in one conversation exactly as the eval command plays them, and the
/// feedback routing batches, must not fall below the floors recorded in docs/quality.md and docs/feedback.md.
/// Raise them as the bot improves.
/// </summary>
public sealed class MultiTurnScriptTests(ITestOutputHelper output)
{
    private static readonly (string File, double Floor)[] ScriptFloors = [("multiturn-dev.jsonl", 0.75), ("multiturn-c.jsonl", 0.77), ("multiturn-d.jsonl", 0.75), ("multiturn-e.jsonl", 0.66), ("multiturn-f.jsonl", 0.52), ("multiturn-o.jsonl", 0.75), ("multiturn-p.jsonl", 0.70)];

    private static readonly (string File, double Floor)[] RoutingFloors = [("routing-dev.jsonl", 0.95), ("routing-c.jsonl", 0.93), ("routing-d.jsonl", 0.92), ("routing-e.jsonl", 0.90)];

    [Fact]
    public async Task TheMultiTurnScriptsResolveAtLeastTheRecordedFloors()
    {
        var results = await EvalHarness.RunAsync(output, [.. ScriptFloors.Select(f => f.File)]);

        foreach (var ((file, floor), (cases, report)) in ScriptFloors.Zip(results))
        {
            Assert.True(cases.Count >= 30 && cases.All(c => c.IsScript), file);
            var overall = report.Bot[EvalReport.Overall];
            Assert.True(overall.HitRate >= floor, $"{file}: scripts resolved {overall.HitRate:P0} < {floor:P0}");
        }
    }

    [Fact]
    public async Task FeedbackIsToldFromQuestionsAtLeastAsOftenAsRecorded()
    {
        var results = await EvalHarness.RunAsync(output, [.. RoutingFloors.Select(f => f.File)]);

        foreach (var ((file, floor), (cases, report)) in RoutingFloors.Zip(results))
        {
            var right = EvalHarness.RoutedRight(cases, report);
            Assert.True(right >= floor * cases.Count, $"{file}: routed right {right}/{cases.Count} < {floor:P0}");
        }
    }
}
