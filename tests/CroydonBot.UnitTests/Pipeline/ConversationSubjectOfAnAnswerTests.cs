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
    [Theory]
    [InlineData("was croydon failing ofsted? my foster dad keeps telling me that", "good")]
    [InlineData("my foster mum keeps going on about money. how much is the uni bursary?", "2,000")]
    public async Task AStoryWordTheAnswerNeverSaysIsNotKeptAsTheSubject(string question, string answered)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();

        var first = await RealContent.AskAsync(step, state, question);

        Assert.Contains(answered, first);
        Assert.DoesNotContain(state.Context!.Terms.Concat(state.Context.Subject), t => t.Contains("foster", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("was croydon failing ofsted? my foster dad keeps telling me that")]
    [InlineData("did croydon get a bad ofsted?? my foster mum said so")]
    public async Task AFollowUpAfterAStoryIsAboutTheAnsweredSubject(string question)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, question);

        var next = await RealContent.AskAsync(step, state, "so is it any good now or not");

        Assert.Contains("good", next);
        Assert.DoesNotContain("Staying Put", next);
    }

    [Fact]
    public async Task AStoryWordTheAnswerIsAboutStaysTheSubject()
    {
        var state = new ConversationState();

        await RealContent.AskAsync(RealContent.SeedsKnowledgeStep(), state, "can i keep living with my foster carer when im 18");

        Assert.Contains(state.Context!.Terms, t => t.Contains("foster", StringComparison.Ordinal));
    }
}
