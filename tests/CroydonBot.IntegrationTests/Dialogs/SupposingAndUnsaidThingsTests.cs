using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round AG (route-ag), over /api/messages on the real app, in phrasings of our own: a condition right after an answer given inside
/// the feedback ("and if they just ignore that as well") is the next question, even when its words name a way of stopping; a
/// question with its "is there" left off is answered, not offered as feedback; something still to say, then leave to add it here,
/// starts the feedback; and "is there ..." after the complaints answer is read for what it names (the advocacy helpline: a guard, this
/// phrasing passes on the base bot too; the unit tests of FollowUpReader hold the change).
/// </summary>
public sealed class SupposingAndUnsaidThingsTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Offered = "Shall I send this as your feedback?";

    private const string Stopped = "I've stopped";

    [Fact]
    public async Task AConditionNamingIgnoreAfterTheComplaintsAnswerIsAnsweredAndTheFeedbackGoesOn()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("i want the council to know my housing officer never answers my emails");
        Assert.Contains(Offered, chat.Text, StringComparison.Ordinal);
        await chat.SayAsync("wait how do i complain about that properly");
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));

        await chat.SayAsync("and if they ignore that too");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("Ombudsman", chat.Replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Stopped, chat.Text, StringComparison.Ordinal);
        Assert.Contains(Offered, chat.Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APoliteIfAfterTheAnswerIsStillMoreOfTheMessage()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("i want the council to know my housing officer never answers my emails");
        await chat.SayAsync("wait how do i complain about that properly");

        await chat.SayAsync("and if u could add that its been two months");

        Assert.All(chat.Replies, r => Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(r)));
    }

    [Theory]
    [InlineData("anything i should take to my pathway plan review")]
    [InlineData("can i get someone on my side to help me complain about my placement")]
    public async Task AQuestionLikeThisIsAnsweredNotOffered(string question)
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync(question);

        Assert.NotEqual(ReplyKinds.Feedback, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain(Offered, chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomethingLeftUnsaidThenLeaveToAddItHereStartsTheFeedback()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("i went to the care leavers forum and theres something i forgot to say, can i add it here");

        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(chat.Replies[0]));
    }

    [Fact]
    public async Task AskingIfThereIsAnAdvocacyLineAfterTheComplaintsAnswerGetsTheHelpline()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("how do i complain about childrens services");
        await chat.SayAsync("can my aunt help me write it");

        await chat.SayAsync("is there a national line for advocacy");

        Assert.Contains("0808 800 5792", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStopThatNamesThePaBeforeItsQuestionIsAnsweredAboutThePa()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("i want the council to know nobody at the leaving care team picks up the phone");

        await chat.SayAsync("honestly forget it i dont want my PA getting told off. can u tell me how often theyre meant to see me");

        Assert.Contains("every two months", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStopThatSaysNothingElseKeepsTheFeedbacksSubjectForItsQuestion()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("i want the council to know the ambassador sessions are great");

        await chat.SayAsync("ok cancel that. did ofsted say anything about them");

        Assert.Contains("ambassadors", chat.Text, StringComparison.Ordinal);
    }
}
