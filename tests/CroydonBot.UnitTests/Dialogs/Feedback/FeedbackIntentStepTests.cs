using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.Dialogs;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Storage;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

public sealed class FeedbackIntentStepTests
{
    private readonly RecordingDialog _feedback = new(FeedbackDialog.DialogId);
    private readonly FeedbackIntentStep _step;

    public FeedbackIntentStepTests() => _step = new(new DialogSet([_feedback]), new FeedbackTriggers(DialogFiles.Feedback().Triggers,
        FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)))),
        RealContent.Knowledge(RealContent.Index),
        new ContextualRetrieval(new FollowUpReader(YamlFile.Read<FollowUpWords>(DialogFiles.Path(FollowUpWords.File))), RealContent.KnowledgeOptions, TimeProvider.System),
        TimeProvider.System, DialogFiles.Feedback());

    [Fact]
    public async Task FeedbackStartsTheFeedbackConversation()
    {
        var (context, _) = Turn.Of("Give feedback");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Equal(new FeedbackStart(null, false), Assert.Single(_feedback.Begun));
        Assert.Equal(FeedbackDialog.DialogId, Assert.Single(context.State.DialogStack).Id);
    }

    [Fact]
    public async Task AMessageThatAlreadyHoldsFeedbackStartsTheConversationWithIt()
    {
        var (context, _) = Turn.Of("tell the council the youth club should open on sundays");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var start = Assert.IsType<FeedbackStart>(Assert.Single(_feedback.Begun));
        Assert.NotNull(start.Message);
    }

    [Fact]
    public async Task FeedbackThatNamesASubjectMakesItTheConversationsSubject()
    {
        var (context, _) = Turn.Of("id like to give feedback on the local offer");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Contains(context.State.Context!.Terms, t => t.Contains("local offer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFeedbackStoppedAMessageAgoIsBroughtBackWithItsAnswers()
    {
        var stopped = new DialogInstance { Id = FeedbackDialog.DialogId, Values = new() { ["topic"] = "housing" } };
        var (context, _) = Turn.Of("sorry, can we carry on", new ConversationState { StoppedDialog = stopped });

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var resume = Assert.IsType<FeedbackResume>(Assert.Single(_feedback.Begun));
        Assert.Equal("housing", resume.Values["topic"]);
        Assert.Null(context.State.StoppedDialog);
    }

    [Fact]
    public async Task AStoppedFeedbackIsForgottenAfterAnyOtherMessage()
    {
        var stopped = new DialogInstance { Id = FeedbackDialog.DialogId, Values = new() { ["topic"] = "housing" } };
        var (context, _) = Turn.Of("what is staying put", new ConversationState { StoppedDialog = stopped });

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Empty(_feedback.Begun);
        Assert.Null(context.State.StoppedDialog);
    }

    [Fact]
    public async Task WithoutAStoppedFeedbackCarryOnStartsNothing()
    {
        var (context, _) = Turn.Of("sorry, can we carry on");

        await _step.TryHandleAsync(context, CancellationToken.None);

        Assert.DoesNotContain(_feedback.Begun, b => b is FeedbackResume);
    }

    [Fact]
    public async Task DuringAnotherDialogTheWordFeedbackIsLeftToThatDialog()
    {
        var state = new ConversationState { DialogStack = [new DialogInstance { Id = "survey" }] };
        var (context, _) = Turn.Of("feedback", state);

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(_feedback.Begun);
    }

    [Theory]
    [InlineData("can you tell the council my PA cancelled on me three times this month and never rings back")]
    [InlineData("Give feedback")]
    public async Task StartingTheConversationAsksForTheSafetyLineFirst(string message)
    {
        // Round AT (safe-at): the dialog's first reply asks the person to pass their words on; a line the safeguarding check asked
        // for (an Uncertain message) goes before it.
        var (context, _) = Turn.Of(message);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Single(_feedback.Begun);
        Assert.True(context.Record.SafetyLineFirst);
    }

    [Fact]
    public async Task AQuestionAnsweredWithTheButtonLeavesTheSafetyLineUnderTheAnswer()
    {
        var (context, _) = Turn.Of("what is the setting up home allowance");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.False(context.Record.SafetyLineFirst);
    }

    [Fact]
    public async Task AnOrdinaryQuestionGoesOn()
    {
        var (context, _) = Turn.Of("what is the setting up home allowance");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(_feedback.Begun);
    }
}
