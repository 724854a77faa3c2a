using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round T (dialog-t), through the real app. While the message is still owed, whether what the feedback was said to be about
/// could change ("could it ...", "can we ...") or a problem told then a change proposed is the feedback the person came to
/// give, not a question for the guides; a question about the asker is still a question. A changed way to reply after what it undoes ("..., no reply is fine")
/// changes the reply; it does not stop the feedback.
/// </summary>
public sealed class ProposalBeforeTheMessageTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task WhetherWhatWasNamedCouldChangeIsKeptAsTheMessage()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("i want to give feedback about the youth club");
        Assert.Contains("What is your feedback about?", chat.Text);

        await chat.AnswerAsync("could it stay open till 9 on fridays");

        Assert.Contains("kept that as your message", chat.Text);
        Assert.DoesNotContain("don't know that one", chat.Text);
    }

    [Fact]
    public async Task AProblemToldThenWhetherItCouldChangeIsKeptAsTheMessage()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("as an ambassador i want to pass something on");

        await chat.AnswerAsync("the sessions always clash with college for loads of us, could they move them to the evening");

        Assert.Contains("kept that as your message", chat.Text);
        Assert.DoesNotContain("Source", chat.Text);
    }

    [Fact]
    public async Task AQuestionAboutTheAskerIsStillAnsweredAndTheSameStepAskedAgain()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("i want to give feedback about the youth club");

        await chat.SayAsync("wait can i still have a PA when im 24");

        Assert.DoesNotContain("kept that as your message", chat.Text);
        Assert.Contains("Back to your feedback", chat.Replies[^1].Text);
    }

    [Fact]
    public async Task NoReplyAfterWhatItUndoesChangesTheReplyAndKeepsTheFeedback()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("i want to give feedback about my leaving care worker");
        await chat.AnswerAsync("call me on 07700 900456");

        await chat.AnswerAsync("on second thoughts dont call, no reply thanks");

        Assert.DoesNotContain("nothing was sent", chat.Text);
        Assert.Contains("Wants a reply: no", chat.Text);
        Assert.NotEqual(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(chat.Replies[0]));
    }
}
