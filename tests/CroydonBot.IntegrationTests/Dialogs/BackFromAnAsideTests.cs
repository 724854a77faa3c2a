using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round Z (route-z): coming back to the feedback after a question answered in between. "ok" or "right" opening the next reply
/// acknowledges the answer; what follows ("so back to it, i dont need a reply", "and email me back at ...") answers a later
/// question, and is kept, instead of the "ok" read as a yes to the open question and the rest lost or read as stopping. A request
/// to be reached with its contact in it is kept wherever it comes. "ok yeah i am" still answers the open question.
/// </summary>
public sealed class BackFromAnAsideTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private Task<FeedbackConversation> AtStepAsync(FeedbackStep step) => new FeedbackConversation(fixture.Host.Client).StartAtAsync(step);

    [Theory]
    [InlineData("ok so back to it, i dont need a reply", "Wants a reply")]
    [InlineData("okay and email me back at jo.b@example.org", "jo.b@example.org")]
    [InlineData("okay then, text me on 07700 900123", "07700 900123")]
    [InlineData("right where was i, no need to reply to me", "Wants a reply")]
    public async Task AfterAnAsideAnAcknowledgedLaterAnswerIsKeptAndTheOpenQuestionAskedAgain(string reply, string kept)
    {
        var chat = await AtStepAsync(FeedbackStep.Ambassador);
        await chat.SayAsync("wait whats staying put");
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));

        await chat.SayAsync(reply);

        Assert.Contains(kept, chat.Text);
        Assert.DoesNotContain("I've stopped", chat.Text);
        Assert.Contains(FeedbackWalk.Usual.QuestionAt(FeedbackStep.Ambassador), chat.Replies[^1].Text);
    }

    [Fact]
    public async Task AnAcknowledgedAnswerToTheOpenQuestionIsStillThatAnswer()
    {
        var chat = await AtStepAsync(FeedbackStep.Ambassador);

        await chat.SayAsync("ok yeah i am");

        Assert.Contains(FeedbackWalk.Usual.QuestionAt(FeedbackStep.WantsReply), chat.Replies[^1].Text);
    }

    [Fact]
    public async Task APoliteRequestToBeRungBackKeepsTheNumber()
    {
        var chat = await AtStepAsync(FeedbackStep.Ambassador);

        await chat.SayAsync("could someone please phone me back on 07700 900123 thanks");

        Assert.Contains("07700 900123", chat.Text);
        Assert.Contains(FeedbackWalk.Usual.QuestionAt(FeedbackStep.Ambassador), chat.Replies[^1].Text);
    }
}
