using CroydonBot.Pipeline;
using CroydonBot.Replies;
using CroydonBot.Storage;
using CroydonBot.Text;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class FollowUpStepTests
{
    private readonly RecordingVotes _votes = new();
    private readonly FollowUpStep _step;

    public FollowUpStepTests() => _step = new(RealContent.Replies, RealContent.Composer(RealContent.Index), RealContent.Index, _votes);

    [Theory]
    [InlineData("Tell me more")]
    [InlineData("go on")]
    [InlineData("MORE!")]
    public async Task TellMeMoreContinuesTheLastAnswerWhereItStopped(string text)
    {
        var passage = RealContent.Index.Passages.First(p => SentenceSplitter.Split(p.Text).Count >= 3);
        var state = new ConversationState { LastAnswer = new LastAnswer { PassageIds = [passage.Id], SentencesShown = 1 } };
        var (context, sink) = Turn.Of(text, state);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Contains(SentenceSplitter.Split(passage.Text)[1], reply.Text);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(reply));
        Assert.NotNull(reply.Entities);
        Assert.Equal([passage.Id], context.Record.Sources);
        Assert.True(state.LastAnswer.SentencesShown > 1);
    }

    [Fact]
    public async Task TellMeMoreWithNothingLeftSaysSoKindly()
    {
        var passage = RealContent.Index.Passages[0];
        var state = new ConversationState { LastAnswer = new LastAnswer { PassageIds = [passage.Id], SentencesShown = 1_000 } };
        var (context, sink) = Turn.Of(RealContent.Wording.Buttons.TellMeMore, state);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Equal(RealContent.Replies.Fill(RealContent.Wording.TellMeMoreNothing.Text), Assert.Single(sink.Replies).Text);
        Assert.Equal(ReplyKinds.SmallTalk, context.Record.Kind);
    }

    [Fact]
    public async Task TellMeMoreBeforeAnyAnswerSaysThereIsNothingToAdd()
    {
        var (context, sink) = Turn.Of("tell me more");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Equal(RealContent.Replies.Fill(RealContent.Wording.TellMeMoreNothing.Text), Assert.Single(sink.Replies).Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AThumbIsRecordedAgainstTheLoggedQuestionAndThanked(bool helpful)
    {
        var state = new ConversationState { LastAnswer = new LastAnswer { PassageIds = ["x"], QuestionLogId = 42 } };
        var button = helpful ? RealContent.Wording.Buttons.Helpful : RealContent.Wording.Buttons.NotHelpful;
        var (context, sink) = Turn.Of(button, state);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Equal([(42L, helpful)], _votes.Votes);
        Assert.Equal(RealContent.Replies.Fill(RealContent.Wording.HelpfulThanks.Text), Assert.Single(sink.Replies).Text);
        Assert.Equal(ReplyKinds.SmallTalk, context.Record.Kind);
        Assert.False(context.Record.IsQuestion);
    }

    [Fact]
    public async Task AThumbWithNoLoggedQuestionIsThankedButNotRecorded()
    {
        var (context, sink) = Turn.Of(RealContent.Wording.Buttons.Helpful);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Empty(_votes.Votes);
        Assert.Single(sink.Replies);
    }

    [Fact]
    public async Task AnyOtherMessageGoesOn()
    {
        var (context, sink) = Turn.Of("what is a personal adviser");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
        Assert.Empty(_votes.Votes);
    }
}
