using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round K (dialog-k), through the real app: once someone has said they have a suggestion, a change proposed as a
/// question ("could ... ", "would you ...") is the suggestion, kept as the message, not a question for the guides; a real
/// question in the middle is still answered and the same step asked again; and holding the feedback back ("hold off",
/// "not yet") stops it with nothing sent.
/// </summary>
public sealed class SuggestionAndHoldOffTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task AChangeProposedAsAQuestionAfterASuggestionIsKeptAsTheMessage()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("hiya, i have an idea for the council");
        Assert.Contains("What is your feedback about?", chat.Text);

        await chat.AnswerAsync("could the drop in at the turnaround centre open on saturdays too so people at college can go");

        Assert.Contains("kept that as your message", chat.Text);
        Assert.DoesNotContain("Source", chat.Text);
    }

    [Fact]
    public async Task AProposalAtTheMessageStepIsTheMessage()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("I want to suggest something to the council");
        await chat.AnswerAsync("This bot");

        await chat.AnswerAsync("would you make the buttons bigger on phones?");

        Assert.DoesNotContain("Source", chat.Text);
        Assert.DoesNotContain("Back to your feedback", chat.Text);
    }

    [Fact]
    public async Task AQuestionAfterASuggestionIsStillAnsweredAndTheSameStepAskedAgain()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("hiya, i have an idea for the council");

        await chat.SayAsync("wait how much is the setting up home allowance");

        Assert.Contains("3,000", chat.Text);
        Assert.Contains("Back to your feedback", chat.Replies[^1].Text);
        Assert.Contains("What is your feedback about?", chat.Replies[^1].Text);
    }

    [Theory]
    [InlineData("ok hold off on that for now, i need to talk to my PA")]
    [InlineData("wait not yet")]
    public async Task HoldingTheFeedbackBackStopsItWithNothingSent(string words)
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("i want to give some feedback about the care leavers forum");

        await chat.SayAsync(words);

        Assert.Contains("nothing was sent", chat.Text);
        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(chat.Replies[0]));
    }
}
