using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// Round E: a question the feedback intent is unsure of (the uncertain zone: read as feedback above the bar for a
/// statement, below the bar for a question) is answered or declined with a "Give feedback" button under it, not met
/// with "Shall I send this as your feedback?". Over /api/messages on the real app; the phrasings are this test's own.
/// </summary>
public sealed class UncertainFeedbackRoutingTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Theory]
    // Round H: "apparently the council is getting taken over, is that true" left the zone when the model learned from batches
    // K-N (0.36, a question the model is now surer of); a complaint before a question takes its place. The phone row moved
    // the same way after the merged retrain (0.38); its longer wording sits in the zone (0.53). Round I (dialog): the PA row
    // left the zone with the round-i-voices retrain (0.75, the bar for a question; still answered with the button); the
    // same complaint worded more loosely sits in the zone (0.45). Round K: the round-j and round-k voices retrain read that
    // wording as a plain question (0.34, under the statement bar, so no button: round J's open failure); the same complaint
    // naming the meetings sits mid-zone (0.65).
    [InlineData("my PA keeps cancelling our meetings, its not fair, can she do that?")]
    [InlineData("nobody at the council ever answers the phone, is there another number i can try?")]
    public async Task AQuestionInTheUncertainZoneIsAnsweredWithTheGiveFeedbackButton(string question)
    {
        // The case must really lie in the uncertain zone for the committed model: otherwise it tests nothing.
        var reading = fixture.Host.Services.GetRequiredService<FeedbackIntentModel>().Predict(question);
        var bars = FeedbackRoutingBars.Default;
        Assert.True(MessageShape.IsQuestion(question), question);
        Assert.True(reading.Feedback >= bars.Start && reading.Feedback < bars.QuestionStart, $"not in the uncertain zone any more, pick another phrasing: {reading}");
        var chat = new FeedbackConversation(fixture.Host.Client);

        await chat.SayAsync(question);

        Assert.Contains(ReplyChannelData.KindOf(chat.Replies[0]), new[] { ReplyKinds.Answer, ReplyKinds.Fallback });
        Assert.DoesNotContain("Shall I send this", chat.Text, StringComparison.Ordinal);
        Assert.Contains("Give feedback", chat.Buttons);
    }

    /// <summary>
    /// Round F: thanks and goodbye after an answer, with the person's own next step, close the conversation with small
    /// talk; the model had read "thank you very much" as praise to pass on and asked "Shall I send this as your feedback?".
    /// </summary>
    [Theory]
    [InlineData("brilliant, thank you very much, that is all. bye")]
    [InlineData("ok ill text my PA about it then. thanks")]
    public async Task AClosingAfterAnAnswerGetsSmallTalkNotTheConfirmation(string closing)
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("how much is the bursary for university");

        await chat.SayAsync(closing);

        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain("Shall I send this", chat.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheGiveFeedbackButtonThenStartsTheDialog()
    {
        var chat = new FeedbackConversation(fixture.Host.Client);
        await chat.SayAsync("the rent on my flat went up again and i'm struggling, can the council help?");

        await chat.AnswerAsync("Give feedback");

        Assert.Contains("What is your feedback about?", chat.Text);
    }
}
