using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// A report of a child at risk typed inside an open feedback dialog gets how to report it (the children's front door, 999)
/// first, not taken as the dialog's answer and sent to the inbox; then the open question is asked again. Phrasings of our own,
/// checked with <c>check-safety</c> not to read as a crisis (that reply comes first and is the safeguarding step's).
/// </summary>
public sealed class ChildAtRiskInDialogTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private IFeedbackStore Store => fixture.Host.Services.GetRequiredService<IFeedbackStore>();

    [Theory]
    [InlineData(FeedbackStep.Message, "can i report a concern about the baby next door anonymously, she is always crying and left alone")]
    [InlineData(FeedbackStep.Topic, "i want to report a man on my road who hits his kids")]
    [InlineData(FeedbackStep.Consent, "actually theres a kid at my little brothers school who turns up with bruises, who do i tell")]
    public async Task TheReportGetsTheFrontDoorFirstAndTheQuestionIsAskedAgain(FeedbackStep step, string report)
    {
        var chat = await new FeedbackConversation(fixture.Host.Client).StartAtAsync(step);

        await chat.SayAsync(report);

        Assert.Contains("020 8255 2888", chat.Replies[0].Text);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("Back to your feedback:", chat.Replies[^1].Text);
        Assert.Contains(FeedbackWalk.Usual.QuestionAt(step), chat.Replies[^1].Text);
    }

    [Fact]
    public async Task TheReportIsNotSentAsTheFeedbackMessage()
    {
        var chat = await new FeedbackConversation(fixture.Host.Client).StartAtAsync(FeedbackStep.Message);

        await chat.SayAsync("can i report a concern about the baby next door anonymously, she is always crying and left alone");
        await chat.GoOnAsync(FeedbackStep.Message, FeedbackStep.Summary);
        var stored = await Store.GetAsync(await chat.SendAsync(), CancellationToken.None);

        Assert.Equal(FeedbackWalk.Usual.Message, stored!.Message);
    }
}
