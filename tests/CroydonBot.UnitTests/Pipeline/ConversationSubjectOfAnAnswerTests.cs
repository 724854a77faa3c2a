using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.Pipeline;
using CroydonBot.Storage;
using CroydonBot.UnitTests.Dialogs;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>
/// Round W: what a conversation is about after an answer is what the answer was about, not the story the question was told
/// in ("my foster mum keeps saying ..."): the next follow-up is read against the answered subject.
/// </summary>
public sealed class ConversationSubjectOfAnAnswerTests
{
    private static KnowledgeStep Step()
    {
        return RealContent.KnowledgeStep(RealContent.Knowledge(RealContent.Index));
    }

    private static async Task<string> AskAsync(KnowledgeStep step, ConversationState state, string text)
    {
        var (context, sink) = Turn.Of(text, state);
        await step.TryHandleAsync(context, CancellationToken.None);
        return string.Join("\n", sink.Replies.Select(r => r.Text));
    }

    [Theory]
    [InlineData("was croydon failing ofsted? my foster dad keeps telling me that", "good")]
    [InlineData("my foster mum keeps going on about money. how much is the uni bursary?", "2,000")]
    public async Task AStoryWordTheAnswerNeverSaysIsNotKeptAsTheSubject(string question, string answered)
    {
        var state = new ConversationState();
        var step = Step();

        var first = await AskAsync(step, state, question);

        Assert.Contains(answered, first);
        Assert.DoesNotContain(state.Context!.Terms.Concat(state.Context.Subject), t => t.Contains("foster", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("was croydon failing ofsted? my foster dad keeps telling me that")]
    [InlineData("did croydon get a bad ofsted?? my foster mum said so")]
    public async Task AFollowUpAfterAStoryIsAboutTheAnsweredSubject(string question)
    {
        var state = new ConversationState();
        var step = Step();
        await AskAsync(step, state, question);

        var next = await AskAsync(step, state, "so is it any good now or not");

        Assert.Contains("good", next);
        Assert.DoesNotContain("Staying Put", next);
    }

    [Fact]
    public async Task AStoryWordTheAnswerIsAboutStaysTheSubject()
    {
        var state = new ConversationState();

        await AskAsync(Step(), state, "can i keep living with my foster carer when im 18");

        Assert.Contains(state.Context!.Terms, t => t.Contains("foster", StringComparison.Ordinal));
    }
}
