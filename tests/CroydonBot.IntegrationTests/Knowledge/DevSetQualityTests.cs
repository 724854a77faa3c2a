using CroydonBot.Eval;
using CroydonBot.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// The development question set, scored exactly as the eval command scores it, must not fall below the
/// floors measured when they were set (docs/quality.md). Raise them as the bot improves.
/// </summary>
public sealed class DevSetQualityTests(ITestOutputHelper output)
{
    private const double AnswerHitRateFloor = 0.90;
    private const double AbstentionFloor = 0.90;

    [Fact]
    public async Task TheDevelopmentSetScoresAtLeastTheRecordedFloors()
    {
        var (_, report) = (await EvalHarness.RunAsync(output, "dev-questions.jsonl"))[0];

        var overall = report.Bot[EvalReport.Overall];
        Assert.True(overall.AnswerHitRate >= AnswerHitRateFloor, $"answer hit rate {overall.AnswerHitRate:P0} < {AnswerHitRateFloor:P0}");
        Assert.True(overall.AbstentionAccuracy >= AbstentionFloor, $"abstention {overall.AbstentionAccuracy:P0} < {AbstentionFloor:P0}");
        Assert.True(report.AnswerRatio >= 1.5, $"the bot must answer at least 1.5x as well as the plain BM25 baseline (ratio {report.AnswerRatio:0.00})");
    }
}
