using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>
/// A dialog left longer than Dialogs:StaleAfterMinutes is not silently continued. The app runs with a
/// limit of zero minutes, so every pause counts as a long one without the test waiting or reading a clock.
/// </summary>
public sealed class StaleDialogTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync("Dialogs:StaleAfterMinutes=0");
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ANewQuestionIsAnsweredAndTheOldDialogIsOfferedToCarryOnOrDrop()
    {
        var chat = new FeedbackConversation(_host.Client);
        await chat.AnswerAsync("give feedback");

        await chat.SayAsync("what is staying put");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.Contains("carry on", chat.Replies[^1].Text);
        Assert.Equal(["Carry on", "Drop it"], chat.Buttons);

        await chat.SayAsync("Carry on");
        Assert.Contains("What is your feedback about?", chat.Text);
    }

    [Fact]
    public async Task DroppingTheOldDialogSendsNothing()
    {
        var chat = new FeedbackConversation(_host.Client);
        await chat.AnswerAsync("give feedback");
        await chat.SayAsync("hello again");

        await chat.SayAsync("Drop it");

        Assert.Contains("Nothing was sent", chat.Text);
        await chat.SayAsync("what is staying put");
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(chat.Replies[0]));
        Assert.DoesNotContain("carry on", chat.Text);
    }
}
