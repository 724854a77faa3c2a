using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round AB (dialog-ab): questions beside the feedback, over /api/messages on the real app, in phrasings of our own. A question
/// flagged as an aside is answered and the dialog asks its question again; stopping with a question after it stops and answers
/// it; and a reaction to an answer that asks about it is the next question, not feedback to send.
/// </summary>
public sealed class QuestionsBesideTheFeedbackTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Offered = "Shall I send this as your feedback?";

    private async Task<FeedbackConversation> OfferedAsync()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("the youth hub staff never answer my emails and it makes me feel ignored");
        Assert.Contains(Offered, chat.Text, StringComparison.Ordinal);
        return chat;
    }

    [Theory]
    [InlineData("btw real quick how much is the setting up home allowance")]
    [InlineData("ok leave the complaint for now, how much is the setting up home allowance")]
    public async Task AnAsideQuestionIsAnsweredAndTheSameQuestionIsAskedAgain(string aside)
    {
        var chat = await OfferedAsync();

        await chat.SayAsync(aside);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("£", chat.Replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("added that to your message", chat.Text, StringComparison.Ordinal);
        Assert.Contains(Offered, chat.Replies[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("setting up home", chat.Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoppingWithAQuestionAfterItStopsAndAnswersIt()
    {
        var chat = await OfferedAsync();

        await chat.SayAsync("nah scrap that. how much is the setting up home allowance");

        Assert.Contains("nothing was sent", chat.Text, StringComparison.Ordinal);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("£", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReactionThatAsksAboutTheAnswerIsAFollowUpNotFeedback()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("do care leavers get extra money for doing an apprenticeship");
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));

        await chat.SayAsync("my cousin only got 1000 back then, was she short changed");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain(Offered, chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReactionThatAsksToTellTheCouncilStillStartsTheFeedback()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("do care leavers get extra money for doing an apprenticeship");

        await chat.SayAsync("my cousin only got 1000 back then, can u tell the council thats not fair");

        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(chat.Replies[0]));
    }
}
