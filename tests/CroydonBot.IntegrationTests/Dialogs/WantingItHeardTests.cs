using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round AC (route-ac), over /api/messages on the real app: asking leave to write something for the council starts the feedback
/// dialog, a word spelled out with hyphens is read before the intent, "feeding back" is no crisis, and asking what happens when a
/// complaint is ignored is answered (with the "Give feedback" button), not offered back as feedback. Phrasings of our own.
/// </summary>
public sealed class WantingItHeardTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task AskingLeaveToWriteSomethingForTheCouncilStartsTheDialog()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("hey can i write something for the council about how my move to semi independent went");

        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(chat.Replies[0]));
    }

    [Fact]
    public async Task ALabelSpelledOutWithHyphensIsReadAsTheLabel()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("i-d-e-a: have the forum on saturdays so people in college can come");

        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("have the forum on saturdays", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayingItIsFeedbackGetsNoCrisisReply()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("my PA talks down to me every time we meet and never listens to what i want. just feeding back here, im not after anything");

        Assert.NotEqual(ReplyKinds.Safeguarding, ReplyChannelData.KindOf(chat.Replies[0]));
    }

    [Fact]
    public async Task AskingWhatHappensWhenAComplaintIsIgnoredIsAnswered()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("if i complain about my flat and nobody gets back to me what happens then");

        Assert.DoesNotContain("Shall I send this", chat.Text, StringComparison.Ordinal);
        Assert.NotEqual(ReplyKinds.Feedback, ReplyChannelData.KindOf(chat.Replies[0]));
    }
}
