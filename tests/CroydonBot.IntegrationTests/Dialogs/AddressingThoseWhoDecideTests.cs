using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round AA (route-aa), over /api/messages on the real app: asking how to get a view to those who decide starts the feedback
/// dialog, a verdict on the bot itself is offered back as feedback, and a message that opens by asking how to complain is
/// answered with the complaints route and the "Give feedback" button, however long the story after it. Phrasings of our own.
/// </summary>
public sealed class AddressingThoseWhoDecideTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task AskingHowToGetAViewToThoseWhoRunSomethingStartsTheDialog()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("how can i get my thoughts to the people who run the youth hub");

        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("What is your feedback about?", chat.Text);
    }

    [Fact]
    public async Task AVerdictOnTheBotIsOfferedBackAsFeedback()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("this bot is rubbish it keeps giving me the same answer");

        Assert.Contains("Shall I send this", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningByAskingHowToComplainIsAnsweredWithTheButton()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync("how do i make a complaint about my leaving care worker. she cancels every visit and i just want someone to sort it");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain("Shall I send this", chat.Text, StringComparison.Ordinal);
        Assert.Contains("Give feedback", chat.Buttons);
    }
}
