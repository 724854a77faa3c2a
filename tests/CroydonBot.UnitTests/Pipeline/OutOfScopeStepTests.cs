using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.Pipeline;
using CroydonBot.Replies;
using CroydonBot.Storage;
using CroydonBot.UnitTests.Dialogs;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class OutOfScopeStepTests
{
    private readonly OutOfScopeStep _step = new(RealContent.OutOfScope, RealContent.Replies, RealContent.Knowledge(RealContent.Index), Contextual());

    private static ContextualRetrieval Contextual() =>
        new(new FollowUpReader(YamlFile.Read<FollowUpWords>(DialogFiles.Path(FollowUpWords.File))), RealContent.KnowledgeOptions, TimeProvider.System);

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

    [Fact]
    public async Task AFollowUpThatPointsBackAtTheSubjectIsLeftToTheKnowledgeBase()
    {
        // Alone, "another council" is out of scope; after a question about Croydon's council tax relief, "does it
        // still count" asks about that relief.
        const string FollowUp = "i'm from another council's care tho, does it still count";
        Assert.NotNull(RealContent.OutOfScope.Match(FollowUp));
        var (context, sink) = Turn.Of(FollowUp);
        context.State.Context = new ConversationContext { Terms = ["council tax", "care leavers", "relief"], Subject = ["council tax", "care leavers"], At = DateTimeOffset.UtcNow };

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Fact]
    public async Task AContinuationNamingItsOwnSubjectIsStillOutOfScope()
    {
        var (context, sink) = Turn.Of("and can you book me a gp appointment");
        context.State.Context = new ConversationContext { Terms = ["gym"], At = DateTimeOffset.UtcNow };

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Single(sink.Replies);
    }
}
