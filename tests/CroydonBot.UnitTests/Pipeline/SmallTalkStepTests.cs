using CroydonBot.Pipeline;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class SmallTalkStepTests
{
    private readonly SmallTalkStep _step = new(RealContent.SmallTalk, RealContent.Replies);

    [Fact]
    public async Task AGreetingIsAnsweredWithWhatTheBotCanDo()
    {
        var (context, sink) = Turn.Of("Hiya!!");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Contains(reply.Text, RealContent.SmallTalk.Match("hi")!.Replies);
        Assert.Equal(RealContent.Wording.Welcome.Suggestions, reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(reply));
        Assert.Equal((ReplyKinds.SmallTalk, "smalltalk", true), (context.Record.Kind, context.Record.Topic, context.Record.IsQuestion));
    }

    [Fact]
    public async Task HelpOffersTheHelpSuggestions()
    {
        var (context, sink) = Turn.Of("what can you do");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Equal(RealContent.Wording.Help.Suggestions, Assert.Single(sink.Replies).SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task AQuestionIsNotSmallTalk()
    {
        var (context, sink) = Turn.Of("what is the setting up home allowance");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
        Assert.Null(context.Record.Kind);
    }
}
