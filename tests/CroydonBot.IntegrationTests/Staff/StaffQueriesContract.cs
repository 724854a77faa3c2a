using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Storage;
using CroydonBot.QuestionLog;
using CroydonBot.Staff;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>
/// The staff area's SQL (dashboard, filters, unanswered, alternative questions, flags, retention, audit), run
/// unchanged on SQLite and PostgreSQL, each in a fresh database migrated by the app's own scripts.
/// </summary>
public abstract class StaffQueriesContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : class, IStoreFixture
{
    [StoreFact]
    public async Task EveryStaffQueryGivesTheSameAnswers()
    {
        var database = fixture.Database;
        var log = new SqlQuestionLog(database, TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var dog = await log.AddAsync(Entry(now.AddDays(-1), "Can I keep 50% of my_dog?", "fallback", null, "c1"), CancellationToken.None);
        var rent = await log.AddAsync(Entry(now, "rent help", "answer", "housing", "c2") with { SafeguardingFlag = true }, CancellationToken.None);
        await log.SetHelpfulAsync(rent, true, CancellationToken.None);
        await log.AddAsync(Entry(now.AddMonths(-14), "old question", "answer", null, "c3"), CancellationToken.None);
        var queries = new SqlStaffQueries(database, TimeProvider.System);

        var dashboard = await log.DashboardAsync(today.AddDays(-6), CancellationToken.None);
        Assert.Equal((2, 1, 1, 1, 0, 7), (dashboard.Total, dashboard.Answered, dashboard.Unanswered, dashboard.Helpful, dashboard.NotHelpful, dashboard.PerDay.Count));
        Assert.Equal([("housing", 1)], dashboard.TopTopics.Select(t => (t.Topic, t.Count)));

        var filtered = await log.QuestionsAsync(new QuestionFilter { Search = "50%", Kind = "fallback", From = today.AddDays(-2), To = today }, 0, 10, CancellationToken.None);
        Assert.Equal([dog], filtered.Rows.Select(r => r.Id));
        Assert.Equal(0, (await log.QuestionsAsync(new QuestionFilter { Search = "x_dog" }, 0, 10, CancellationToken.None)).Total);
        Assert.Equal(1, (await log.QuestionsAsync(new QuestionFilter { Search = "MY_DOG" }, 0, 10, CancellationToken.None)).Total);
        Assert.Equal(1, (await log.QuestionsAsync(new QuestionFilter { Helpful = "yes", Topic = "housing", Conversation = "c2" }, 0, 10, CancellationToken.None)).Total);
        Assert.Equal(2, (await log.QuestionsAsync(new QuestionFilter { Helpful = "none" }, 0, 10, CancellationToken.None)).Total);
        Assert.Equal(["housing"], await log.TopicsAsync(CancellationToken.None));

        Assert.Equal([dog], (await log.UnansweredAsync(10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal(1, await log.ResolveAsync([dog], "sam", CancellationToken.None));
        Assert.Empty(await log.UnansweredAsync(10, CancellationToken.None));
        await queries.AddAlternativeQuestionAsync("guide.md#2", "can i keep a dog", "sam", CancellationToken.None);
        Assert.Equal(("guide.md#2", "can i keep a dog"), (await queries.AlternativeQuestionsAsync(CancellationToken.None)).Select(a => (a.PassageId, a.Question)).Single());
        Assert.Equal("c2", (await log.FlaggedConversationsAsync(10, CancellationToken.None)).Single().ConversationHash);
        Assert.Equal(1, await log.DeleteQuestionsBeforeAsync(now.AddMonths(-12), CancellationToken.None));

        var audit = new SqlStaffAudit(database, TimeProvider.System);
        await audit.WriteAsync("sam", AuditActions.View, "questions", null, CancellationToken.None);
        var (rows, total) = await audit.ListAsync(0, 10, CancellationToken.None);
        Assert.Equal((1, "sam", "questions"), (total, rows.Single().UserName, rows.Single().Target));
    }

    private static QuestionLogEntry Entry(DateTimeOffset at, string question, string kind, string? topic, string conversation) => new()
    {
        At = at, Channel = "test", ConversationHash = conversation, UserHash = "u", Question = question, Kind = kind, Sources = "", Topic = topic,
    };
}

/// <summary>The staff area's SQL on SQLite.</summary>
public sealed class StaffQueriesOnSqliteTests(SqliteStoreFixture fixture) : StaffQueriesContract<SqliteStoreFixture>(fixture);

/// <summary>The staff area's SQL on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
public sealed class StaffQueriesOnPostgresTests(PostgresStoreFixture fixture) : StaffQueriesContract<PostgresStoreFixture>(fixture);
