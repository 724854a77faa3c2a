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

    /// <summary>
    /// Round AD (conv-ad): right after the answer, another question opening with an acknowledgement, or a condition asked on about the
    /// answer, is the next question in between: before, the offer took "ok" as its yes, or joined the words to the message.
    /// </summary>
    [Theory]
    [InlineData("ok and does the PA have to come to my flat or can we meet somewhere else")]
    [InlineData("true that. can i ask for a different PA")]
    [InlineData("and if she keeps cancelling after that what can i do")]
    [InlineData("ok but im 19 now does that still apply")]
    [InlineData("cool my PA is new is that normal")]
    public async Task AnotherQuestionRightAfterTheAnswerIsAnsweredAndTheOfferFollows(string next)
    {
        var chat = await AnsweredAtTheOfferAsync();

        await chat.SayAsync(next);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain("added that to your message", chat.Text, StringComparison.Ordinal);
        Assert.Contains(Offered, chat.Replies[^1].Text, StringComparison.Ordinal);
    }

    /// <summary>Round AD (conv-ad): a question set aside with words of its own before it ("btw since im on here can i ...") is not more of the message.</summary>
    [Fact]
    public async Task AnAsideWithWordsOfItsOwnBeforeTheQuestionIsAnsweredNotAdded()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("i want the council to know my PA keeps cancelling our meetings last minute and it stresses me out");
        Assert.Contains(Offered, chat.Text, StringComparison.Ordinal);

        await chat.SayAsync("oh btw since im on here can i get a railcard as a care leaver if im 23");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain("added that to your message", chat.Text, StringComparison.Ordinal);
        Assert.Contains(Offered, chat.Replies[^1].Text, StringComparison.Ordinal);
    }
}
