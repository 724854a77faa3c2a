using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round AE (route-ae), over /api/messages on the real app, in phrasings of our own: a wish to make it a formal complaint that ends by
/// asking whom to complain to is answered in the middle of the feedback (it was added to the message); wanting it sent after a
/// question answered in between comes back to the open question at a choice question too (it was searched as a question); "feed
/// something back" starts the feedback.
/// </summary>
public sealed class ComplaintsAndCarryingOnInTheFeedbackTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Offered = "Shall I send this as your feedback?";

    private const string Added = "added that to your message";

    private const string Topic = "What is your feedback about?";

    [Fact]
    public async Task AskingWhomToComplainToAtTheOfferIsAnsweredNotAdded()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.AnswerAsync("i want the council to know my hostel keyworker never turns up to our sessions");
        Assert.Contains(Offered, chat.Text, StringComparison.Ordinal);

        await chat.SayAsync("hmm i reckon this should be a formal complaint really. who do i complain to about her");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain(Added, chat.Text, StringComparison.Ordinal);
        Assert.Contains(Offered, chat.Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WantingItSentAfterAnAnswerAtTheTopicAsksTheTopicAgain()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("im an ambassador and want to pass on what the group said about the drop in times");
        Assert.Contains(Topic, chat.Text, StringComparison.Ordinal);
        await chat.SayAsync("quick q first, how much is the leaving care grant");
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));

        await chat.SayAsync("ok nice yeah carry on i still want to send it");

        Assert.All(chat.Replies, r => Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(r)));
        Assert.Contains(Topic, chat.Replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedingSomethingBackStartsTheFeedback()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("can we feed a few things back about the housing panel");

        Assert.All(chat.Replies, r => Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(r)));
    }
}
