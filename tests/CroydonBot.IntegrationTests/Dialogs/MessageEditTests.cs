using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round P (scripts-p), through the real app: a request to edit the message already written ("could u make it say ...",
/// "take her name out") changes the message at any later question, shows it as it now reads and asks the open question
/// again; it is not answered from the guides, nor taken as the open question's answer.
/// </summary>
public sealed class MessageEditTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task AnAdditionAtALaterQuestionJoinsTheMessage()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("i have a suggestion for the council");
        await chat.AnswerAsync("the leaving care team should answer emails within a week, it takes forever now");

        await chat.AnswerAsync("oh and add that the phone line is always busy");

        Assert.Contains("changed your message", chat.Text);
        Assert.Contains("the phone line is always busy", chat.Text);
        Assert.Contains("What is your feedback about?", chat.Text);
        Assert.DoesNotContain("Source", chat.Text);
    }

    [Fact]
    public async Task ANameTakenOutAtTheSummaryShowsTheSummaryAgainWithout()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.ReachSummaryAsync("Please thank Priya at the housing office, she sorted my flat really fast.");

        await chat.AnswerAsync("can you take her name out please");

        Assert.Contains("[name]", chat.Text);
        Assert.DoesNotContain("Priya", chat.Text);
        Assert.DoesNotContain("Source", chat.Text);
    }
}
