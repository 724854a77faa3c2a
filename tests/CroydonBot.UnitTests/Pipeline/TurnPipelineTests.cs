using CroydonBot.Bot;
using CroydonBot.Cards;
using CroydonBot.Dialogs;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.FeedbackReplies;
using CroydonBot.Pipeline;
using CroydonBot.Safety;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class TurnPipelineTests
{
    [Fact]
    public async Task TheRealContainerRunsTheStepsInThePipelinesOrder()
    {
        var database = Path.Combine(Path.GetTempPath(), $"croydonbot-pipeline-{Guid.NewGuid():N}.db");
        await using var app = CroydonBotApp.Build([$"--Storage:SqlitePath={database}", "--Logging:LogLevel:Default=None"]);
        try
        {
            var steps = app.Services.GetServices<ITurnStep>().Select(s => s.GetType());

            Assert.Equal(
            [
                typeof(CardSubmitStep),
                typeof(PlainDigitsStep),
                typeof(EmptyMessageStep),
                typeof(SafeguardingStep),
                typeof(WaitingRepliesStep),
                typeof(ChildAtRiskStep),
                typeof(DialogStep),
                typeof(PlainSpellingStep),
                typeof(FeedbackStatusStep),
                typeof(FollowUpStep),
                typeof(ClosingStep),
                typeof(FeedbackIntentStep),
                typeof(SmallTalkStep),
                typeof(StaffReplyStep),
                typeof(OutOfScopeStep),
                typeof(YouSaidWeDidStep),
                typeof(KnowledgeStep),
            ], steps);
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void EveryStepInTheListIsATurnStep() =>
        Assert.All(TurnPipeline.Steps, step => Assert.True(typeof(ITurnStep).IsAssignableFrom(step), step.Name));

    [Fact]
    public void SafetyReadsEveryMessageBeforeADialogOrAnAnswer()
    {
        var order = TurnPipeline.Steps.ToList();

        Assert.True(order.IndexOf(typeof(SafeguardingStep)) < order.IndexOf(typeof(DialogStep)));
        Assert.Equal(typeof(KnowledgeStep), order[^1]);
    }

    [Fact]
    public void SafetyAndAnOpenDialogReadTheMessageAsTypedAndTheQuestionPathInPlainSpelling()
    {
        var order = TurnPipeline.Steps.ToList();
        var plain = order.IndexOf(typeof(PlainSpellingStep));

        Assert.True(order.IndexOf(typeof(SafeguardingStep)) < plain);
        Assert.True(order.IndexOf(typeof(ChildAtRiskStep)) < plain);
        Assert.True(order.IndexOf(typeof(DialogStep)) < plain);
        Assert.All([typeof(FollowUpStep), typeof(FeedbackIntentStep), typeof(SmallTalkStep), typeof(OutOfScopeStep), typeof(KnowledgeStep)],
            step => Assert.True(plain < order.IndexOf(step), step.Name));
    }

    [Fact]
    public void DigitsFromOtherScriptsAreWrittenAs0To9BeforeSafetyADialogOrTheQuestionPathReadThem()
    {
        var order = TurnPipeline.Steps.ToList();
        var digits = order.IndexOf(typeof(PlainDigitsStep));

        Assert.All([typeof(SafeguardingStep), typeof(DialogStep), typeof(PlainSpellingStep), typeof(KnowledgeStep)],
            step => Assert.True(digits < order.IndexOf(step), step.Name));
    }
}
