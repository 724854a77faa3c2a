using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round AC (ctx-ac): the message right after a question answered in the middle of the feedback, over /api/messages on the real
/// app, in phrasings of our own. Coming back to send it, in one's own words, sends it on; asking on about the answer is answered
/// and the open question follows; neither stops the feedback. A question about getting help to complain is answered, not offered
/// back as feedback.
/// </summary>
public sealed class AfterAnAnswerInTheFeedbackTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Offered = "Shall I send this as your feedback?";

    private const string Stopped = "I've stopped";

    private async Task<FeedbackConversation> AnsweredAtTheOfferAsync()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("i want the council to know my PA keeps cancelling our meetings last minute and it stresses me out");
        Assert.Contains(Offered, chat.Text, StringComparison.Ordinal);
        await chat.SayAsync("hang on before that, how often is a PA meant to visit");
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains(Offered, chat.Replies[^1].Text, StringComparison.Ordinal);
        return chat;
    }

    [Theory]
    [InlineData("nice one. yep go on then i still want to send it")]
    [InlineData("right thats what i figured. could u still send what i wrote")]
    public async Task ComingBackToSendItAfterTheAnswerSendsItOn(string comesBack)
    {
        var chat = await AnsweredAtTheOfferAsync();

        await chat.SayAsync(comesBack);

        Assert.All(chat.Replies, r => Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(r)));
        Assert.DoesNotContain(Stopped, chat.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Offered, chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingOnAboutTheAnswerIsAnsweredAndTheFeedbackGoesOn()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("i want the council to know my PA keeps cancelling our meetings last minute and it stresses me out");
        await chat.SayAsync("hang on before that, how do i make a complaint about childrens services");
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));

        await chat.SayAsync("and if they dont sort it");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain(Stopped, chat.Text, StringComparison.Ordinal);
        Assert.Contains(Offered, chat.Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingForHelpToComplainOnAConditionIsAnsweredNotOffered()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("if i put in a complaint about my foster carer would anyone help me with it");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain(Offered, chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConditionAfterAnAnswerIsTheNextQuestionNotFeedback()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("what number do i ring for coram voice");
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));

        await chat.SayAsync("and if the council just ignores my complaint");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain(Offered, chat.Text, StringComparison.Ordinal);
    }
}
