using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>The whole app on PostgreSQL: the dialog state and the feedback go to the configured server.</summary>
[RequiresPostgres]
public sealed class FeedbackOnPostgresTests
{
    [StoreFact]
    public async Task WithAPostgresConnectionStringTheDialogAndTheFeedbackUsePostgres()
    {
        var name = PostgresTestServer.NewDatabaseName("app");
        var connectionString = await PostgresTestServer.CreateDatabaseAsync(name);
        try
        {
            await using var host = await BotHost.StartAsync($"Storage:PostgresConnectionString={connectionString}");
            Assert.Equal("postgres", host.Services.GetRequiredService<ISqlDatabase>().Dialect);

            var chat = await new FeedbackConversation(host.Client).ReachSummaryAsync("stored in postgres");
            await chat.AnswerAsync("Send it");

            var reference = FeedbackConversation.ReferenceIn(chat.Text);
            Assert.EndsWith("-000001", reference);
            var stored = await host.Services.GetRequiredService<IFeedbackStore>().GetAsync(reference, CancellationToken.None);
            Assert.Equal("stored in postgres", stored!.Message);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(name);
        }
    }
}
