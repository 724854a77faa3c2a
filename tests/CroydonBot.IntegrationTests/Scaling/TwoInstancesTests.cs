using CroydonBot.IntegrationTests.Dialogs;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.QuestionLog;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Scaling;

/// <summary>
/// Two instances of the bot, as behind a load balancer: different loopback ports, one PostgreSQL database.
/// A conversation may land on either instance at every turn, so everything a turn needs must be in the
/// database, not in one instance's memory.
/// </summary>
[RequiresPostgres]
public sealed class TwoInstancesTests
{
    [StoreFact]
    public async Task AFeedbackDialogBegunOnOneInstanceFinishesOnTheOther()
    {
        await using var pair = await InstancePair.StartAsync();
        var id = Guid.NewGuid().ToString("N");
        var onA = new FeedbackConversation(pair.A.Client, id);
        var onB = new FeedbackConversation(pair.B.Client, id);

        // Every turn goes to the other instance than the one before.
        await onA.AnswerAsync("feedback");
        await onB.AnswerAsync("Housing");
        await onA.AnswerAsync("begun on one instance, finished on the other");
        await onB.AnswerAsync("no");
        await onA.AnswerAsync("no");
        await onB.AnswerAsync("yes");
        Assert.Contains("Shall I send it?", onB.Text);
        await onA.AnswerAsync("Send it");

        var reference = FeedbackConversation.ReferenceIn(onA.Text);
        var storedViaB = await pair.B.Services.GetRequiredService<IFeedbackStore>().GetAsync(reference, CancellationToken.None);
        Assert.Equal("begun on one instance, finished on the other", storedViaB!.Message);
        Assert.Equal("housing", storedViaB.Topic);
    }

    [StoreFact]
    public async Task BothInstancesWriteToTheSameQuestionLogUnderTheSameConversationHash()
    {
        await using var pair = await InstancePair.StartAsync();
        var id = Guid.NewGuid().ToString("N");

        await pair.A.Client.AskAsync("what did ofsted say about croydon in 2024", id);
        await pair.B.Client.AskAsync("who are the young ambassadors", id);

        var rows = (await pair.A.Services.GetRequiredService<IQuestionLog>().QuestionsAsync(new QuestionFilter(), 0, 10, CancellationToken.None)).Rows;
        var ours = rows.Where(r => r.Question is "what did ofsted say about croydon in 2024" or "who are the young ambassadors").ToList();
        Assert.Equal(2, ours.Count);
        // The salt is in the shared settings table, so both instances hash the conversation alike.
        Assert.Single(ours.Select(r => r.ConversationHash).Distinct());
        var rowsViaB = (await pair.B.Services.GetRequiredService<IQuestionLog>().QuestionsAsync(new QuestionFilter(), 0, 10, CancellationToken.None)).Rows;
        Assert.Equal(rows.Select(r => r.Id), rowsViaB.Select(r => r.Id));
    }

    [StoreFact]
    public async Task NeitherInstanceCachesConversationStateInMemory()
    {
        await using var pair = await InstancePair.StartAsync();

        // The other instance may have changed the conversation since this one last saw it.
        Assert.IsType<SqlConversationStateStore>(pair.A.Services.GetRequiredService<IConversationStateStore>());
        Assert.IsType<SqlConversationStateStore>(pair.B.Services.GetRequiredService<IConversationStateStore>());
    }

    /// <summary>Two hosts on their own ports (and their own, unused, SQLite files) sharing one new PostgreSQL database.</summary>
    private sealed class InstancePair : IAsyncDisposable
    {
        private readonly string _database;

        private InstancePair(string database, BotHost a, BotHost b) => (_database, A, B) = (database, a, b);

        public BotHost A { get; }
        public BotHost B { get; }

        public static async Task<InstancePair> StartAsync()
        {
            var name = PostgresTestServer.NewDatabaseName("pair");
            var connectionString = await PostgresTestServer.CreateDatabaseAsync(name);
            var setting = $"Storage:PostgresConnectionString={connectionString}";
            var a = await BotHost.StartAsync(setting);
            var b = await BotHost.StartAsync(setting);
            Assert.NotEqual(a.BaseAddress, b.BaseAddress);
            return new InstancePair(name, a, b);
        }

        public async ValueTask DisposeAsync()
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
            await PostgresTestServer.DropDatabaseAsync(_database);
        }
    }
}
