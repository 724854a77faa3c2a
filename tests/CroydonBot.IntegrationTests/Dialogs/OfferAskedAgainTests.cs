using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round AK (lead), through the real app and its saved conversation state. The feedback offer asked again after a question
/// answered in between says the complaints number it said the first time (the saved prompt passed the personal-data
/// redaction, which took the council's own number for someone's: "ring ... on [phone]"), and saying one will send it
/// ("kk let me send it then") takes the offer, where before it was read as asking about the last answer again.
/// </summary>
public sealed class OfferAskedAgainTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Offered = "Shall I send this as your feedback?";

    [Fact]
    public async Task TheOfferAskedAgainStillSaysTheComplaintsNumber()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("im an ambassador and i want to pass on what young people said at the forum last week");
        Assert.Contains(Offered, chat.Text);
        Assert.Contains("020 8726 6000", chat.Text);

        await chat.SayAsync("oh wait how often is the care leavers forum again");

        Assert.Contains("Back to your feedback", chat.Text);
        Assert.Contains("020 8726 6000", chat.Replies[^1].Text);
        Assert.DoesNotContain("[phone]", chat.Text);
    }

    [Theory]
    [InlineData("kk let me send it then")]
    [InlineData("ok ill send it")]
    public async Task SayingOneWillSendItAfterAnAnswerInBetweenTakesTheOffer(string said)
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("im an ambassador and i want to pass on what young people said at the forum last week");
        await chat.SayAsync("oh wait how often is the care leavers forum again");

        await chat.SayAsync(said);

        Assert.Contains("What is your feedback about?", chat.Text);
        Assert.DoesNotContain("Source", chat.Text);
    }
}
