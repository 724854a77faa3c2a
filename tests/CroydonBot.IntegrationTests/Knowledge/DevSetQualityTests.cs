using CroydonBot.Eval;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// The development question set, scored exactly as the eval command scores it, must not fall below the
/// floors measured when they were set (docs/quality.md). Raise them as the bot improves.
/// </summary>
public sealed class DevSetQualityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double AnswerHitRateFloor = 0.90;
    private const double AbstentionFloor = 0.90;

    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheDevelopmentSetScoresAtLeastTheRecordedFloors()
    {
        var cases = EvalCase.ReadAll(Path.Combine(RepoPaths.Root, "eval", "dev-questions.jsonl"));
        var runner = new EvalRunner(new BotConsole(_host.Services.GetRequiredService<CroydonBot.Bot.BotAdapter>()), _host.Services.GetRequiredService<KnowledgeIndex>());

        var report = await runner.RunAsync(cases, CancellationToken.None);
        output.WriteLine(report.ToText());

        var overall = report.Bot[EvalReport.Overall];
        Assert.True(overall.AnswerHitRate >= AnswerHitRateFloor, $"answer hit rate {overall.AnswerHitRate:P0} < {AnswerHitRateFloor:P0}");
        Assert.True(overall.AbstentionAccuracy >= AbstentionFloor, $"abstention {overall.AbstentionAccuracy:P0} < {AbstentionFloor:P0}");
        Assert.True(report.AnswerRatio >= 1.5, $"the bot must answer at least 1.5x as well as the plain BM25 baseline (ratio {report.AnswerRatio:0.00})");
    }
}
