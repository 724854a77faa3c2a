using CroydonBot.Pipeline;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class OutOfScopeStepTests
{
    private readonly OutOfScopeStep _step = new(RealContent.OutOfScope, RealContent.Replies);

    [Fact]
    public async Task ARequestTheBotCannotHelpWithIsAnsweredWithWhoCan()
    {
        var (context, sink) = Turn.Of("has my bursary been approved");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal(RealContent.Replies.Fill(RealContent.OutOfScope.Match("has my bursary been approved")!.Reply), reply.Text);
        Assert.DoesNotContain("{", reply.Text);
        Assert.Equal(RealContent.Wording.Fallback.Suggestions, reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal((ReplyKinds.Fallback, "out-of-scope:personal-records", true), (context.Record.Kind, context.Record.Topic, context.Record.IsQuestion));
    }

    [Fact]
    public async Task AQuestionTheSeedsMayAnswerGoesOnToTheKnowledgeBase()
    {
        var (context, sink) = Turn.Of("what did ofsted say about croydon in 2024");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }
}
