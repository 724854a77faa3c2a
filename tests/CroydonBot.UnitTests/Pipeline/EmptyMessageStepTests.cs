using CroydonBot.Pipeline;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class EmptyMessageStepTests
{
    private readonly EmptyMessageStep _step = new(RealContent.Replies);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!?! ...")]
    [InlineData("😢👍")]
    [InlineData(null)]
    public async Task AMessageWithNoWordsGetsANudgeNotASearch(string? text)
    {
        var (context, sink) = Turn.Of(text);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal(RealContent.Replies.EmptyMessage().Text, reply.Text);
        Assert.Equal(ReplyKinds.SmallTalk, context.Record.Kind);
        Assert.False(context.Record.IsQuestion);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("18?")]
    public async Task AMessageWithAWordOrNumberGoesOn(string text)
    {
        var (context, sink) = Turn.Of(text);

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }
}
