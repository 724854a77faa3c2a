using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>The dialog stack lives in the database, so a restart mid-dialog carries on.</summary>
public sealed class FeedbackRestartTests
{
    [Fact]
    public async Task ARestartMidDialogCarriesOnWhereItWas()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"croydonbot-restart-{Guid.NewGuid():N}.db");
        var conversationId = Guid.NewGuid().ToString("N");
        await using (var before = await BotHost.StartAsync($"Storage:SqlitePath={databasePath}"))
        {
            var chat = new FeedbackConversation(before.Client, conversationId);
            await chat.AnswerAsync("feedback");
            await chat.AnswerAsync("The ambassador programme");
            await chat.AnswerAsync("written before the restart");
            Assert.Contains("Are you a young ambassador?", chat.Text);
        }

        await using var after = await BotHost.StartAsync($"Storage:SqlitePath={databasePath}");
        var resumed = new FeedbackConversation(after.Client, conversationId);
        await resumed.AnswerAsync("yes");
        Assert.Contains("Would you like someone from the council to reply", resumed.Text);
        await resumed.AnswerAsync("no");
        await resumed.AnswerAsync("yes");
        await resumed.AnswerAsync("Send it");

        var stored = await after.Services.GetRequiredService<IFeedbackStore>().GetAsync(FeedbackConversation.ReferenceIn(resumed.Text), CancellationToken.None);
        Assert.Equal(("ambassadors", "written before the restart", true), (stored!.Topic, stored.Message, stored.IsAmbassador));
    }
}
