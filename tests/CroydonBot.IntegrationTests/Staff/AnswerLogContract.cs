using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Storage;
using CroydonBot.Staff;
using CroydonBot.QuestionLog;
using CroydonBot.Storage;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>
/// The question log with answers, wrong marks, forgiving search and staff replies, run unchanged on SQLite (FTS5)
/// and PostgreSQL (full-text search). Each class has its own database, so counts are exact.
/// </summary>
public abstract class AnswerLogContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : class, IStoreFixture
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly FixedClock _clock = new(Now);

    [StoreFact]
    public async Task TheLogKeepsTheAnswerAndSearchForgivesSpellingAndWordForms()
    {
        var log = new SqlQuestionLog(fixture.Database, _clock);
        var bursary = await log.AddAsync(Entry("how much is the university bursary", "The university bursary is £2,000.", "c1"), CancellationToken.None);
        var bursaries = await log.AddAsync(Entry("are there bursaries for college", "The 16 to 19 bursary helps with college costs.", "c1"), CancellationToken.None);
        var applied = await log.AddAsync(Entry("I applied for housing last week", null, "c2"), CancellationToken.None);
        var dog = await log.AddAsync(Entry("Can I keep 50% of my_dog?", null, "c3"), CancellationToken.None);

        Assert.Equal("The university bursary is £2,000.", (await log.QuestionAsync(bursary, CancellationToken.None))!.Answer);
        Assert.Equal([bursary, bursaries], await SearchAsync(log, "bursery"));
        Assert.Equal([bursary, bursaries], await SearchAsync(log, "BURSARIES"));
        Assert.Equal([applied], await SearchAsync(log, "applying housing"));
        Assert.Equal([bursaries], await SearchAsync(log, "cost"));
        Assert.Equal([dog], await SearchAsync(log, "50%"));
        Assert.Empty(await SearchAsync(log, "passport"));
        Assert.Empty(await SearchAsync(log, "bursary housing"));

        var around = await log.ConversationAroundAsync((await log.QuestionAsync(bursaries, CancellationToken.None))!, 5, CancellationToken.None);
        Assert.Equal([bursary, bursaries], around.Select(r => r.Id));
    }

    [StoreFact]
    public async Task AnAnswerMarkedWrongIsQueuedCountedAndChartedUntilItIsFixed()
    {
        var log = new SqlQuestionLog(fixture.Database, _clock);
        var id = await log.AddAsync(Entry("do ambassadors get paid", "The apprenticeship bursary is £3,000.", "w1"), CancellationToken.None);

        Assert.True(await log.MarkWrongAsync(id, "apprenticeship money, not ambassador pay", "sam", CancellationToken.None));
        var wrong = Assert.Single(await log.WrongAsync(10, CancellationToken.None));
        Assert.Equal((id, "sam", "apprenticeship money, not ambassador pay", Now), (wrong.Id, wrong.WrongBy, wrong.WrongNote, wrong.WrongAt));
        Assert.Equal(1, (await log.DashboardAsync(DateOnly.FromDateTime(Now.UtcDateTime), CancellationToken.None)).WrongToFix);
        Assert.Equal(1, (await log.QuestionsAsync(new QuestionFilter { Wrong = true }, 0, 10, CancellationToken.None)).Total);
        var weeks = await log.WrongPerWeekAsync(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-20), CancellationToken.None);
        Assert.Equal(1, weeks.Sum(w => w.Count));
        Assert.Equal(1, weeks[^1].Count);
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.Day.DayOfWeek));

        Assert.Equal(1, await log.ResolveAsync([id], "sam", CancellationToken.None));
        Assert.Empty(await log.WrongAsync(10, CancellationToken.None));
        Assert.False(await log.MarkWrongAsync(999_999, "no such row", "sam", CancellationToken.None));
    }

    [StoreFact]
    public async Task AStaffReplyWaitsForAManagersApproval()
    {
        var queries = new SqlStaffQueries(fixture.Database, _clock);
        var id = await queries.AddStaffReplyAsync("what time does the hub open", "The hub's opening times are on the council website.", "sam", CancellationToken.None);
        Assert.False(Assert.Single(await queries.StaffRepliesAsync(CancellationToken.None), r => r.Id == id).IsApproved);
        Assert.True(await queries.ApproveStaffReplyAsync(id, "mo", CancellationToken.None));
        Assert.False(await queries.ApproveStaffReplyAsync(id, "mo", CancellationToken.None));
        Assert.Equal("mo", Assert.Single(await queries.StaffRepliesAsync(CancellationToken.None), r => r.Id == id).ApprovedBy);
    }

    private static async Task<IReadOnlyList<long>> SearchAsync(SqlQuestionLog log, string text) =>
        [.. (await log.QuestionsAsync(new QuestionFilter { Search = text }, 0, 50, CancellationToken.None)).Rows.Select(r => r.Id).Order()];

    private static QuestionLogEntry Entry(string question, string? answer, string conversation) => new()
    {
        At = Now, Channel = "test", ConversationHash = conversation, UserHash = "u", Question = question, Answer = answer,
        Kind = answer is null ? "fallback" : "answer", Sources = "",
    };
}

/// <summary>The answer log on SQLite with FTS5.</summary>
public sealed class AnswerLogOnSqliteTests(SqliteStoreFixture fixture) : AnswerLogContract<SqliteStoreFixture>(fixture);

/// <summary>The answer log on PostgreSQL with its full-text search (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
public sealed class AnswerLogOnPostgresTests(PostgresStoreFixture fixture) : AnswerLogContract<PostgresStoreFixture>(fixture);
