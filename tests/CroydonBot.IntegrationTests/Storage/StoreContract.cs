using System.Text.RegularExpressions;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.QuestionLog;
using CroydonBot.Storage;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>
/// What every database behind the stores must do, run unchanged on SQLite and PostgreSQL. Tests share the
/// class's database, so each works on rows it made itself.
/// </summary>
public abstract partial class StoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : class, IStoreFixture
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly FixedClock _clock = new(Now);

    private ISqlDatabase Database => fixture.Database;
    private SqlFeedbackStore Feedback => new(Database, _clock);

    [StoreFact]
    public async Task NewFeedbackGetsAReferenceMadeOfTheYearAndItsNumber()
    {
        var first = await Feedback.AddAsync(Item("first"), CancellationToken.None);
        var second = await Feedback.AddAsync(Item("second"), CancellationToken.None);

        Assert.Matches(ReferenceFormat(), first.Reference);
        Assert.Equal($"FB-2026-{first.Id:000000}", first.Reference);
        Assert.Equal($"FB-2026-{second.Id:000000}", second.Reference);
        Assert.True(second.Id > first.Id);
    }

    [StoreFact]
    public async Task StoredFeedbackReadsBackWithEveryField()
    {
        var stored = await Feedback.AddAsync(Item("The bus pass form is too long") with
        {
            IsAmbassador = true,
            WantsReply = true,
            ContactMethod = "email",
            Contact = "young.person@example.com",
            ConsentToShare = true,
            SafeguardingFlag = true,
        }, CancellationToken.None);

        var read = await Feedback.GetAsync(stored.Reference, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal("The bus pass form is too long", read.Message);
        Assert.Equal("housing", read.Topic);
        Assert.True(read.IsAmbassador && read.WantsReply && read.ConsentToShare && read.SafeguardingFlag);
        Assert.Equal("email", read.ContactMethod);
        Assert.Equal("young.person@example.com", read.Contact);
        Assert.Equal(FeedbackStatus.New, read.Status);
        Assert.Equal(Now, read.CreatedAt);
        Assert.Null(read.ClosedAt);
    }

    [StoreFact]
    public async Task FeedbackWithoutContactKeepsTheContactFieldsEmpty()
    {
        var stored = await Feedback.AddAsync(Item("no contact please"), CancellationToken.None);

        var read = await Feedback.GetAsync(stored.Reference, CancellationToken.None);

        Assert.Null(read!.ContactMethod);
        Assert.Null(read.Contact);
        Assert.False(read.WantsReply);
    }

    [StoreFact]
    public async Task ListingWithoutAStatusReturnsEveryStatusWithSafeguardingFirst()
    {
        var plain = await Feedback.AddAsync(Item("plain"), CancellationToken.None);
        var flagged = await Feedback.AddAsync(Item("flagged") with { SafeguardingFlag = true }, CancellationToken.None);
        var reviewed = await Feedback.AddAsync(Item("reviewed"), CancellationToken.None);
        await Feedback.UpdateAsync(reviewed.Reference, FeedbackStatus.InReview, "sam", null, false, CancellationToken.None);

        var all = await Feedback.ListAsync(null, 1000, CancellationToken.None);
        var inReview = await Feedback.ListAsync(FeedbackStatus.InReview, 1000, CancellationToken.None);

        var references = all.Select(f => f.Reference).ToList();
        Assert.Contains(plain.Reference, references);
        Assert.Contains(reviewed.Reference, references);
        Assert.True(all[0].SafeguardingFlag);
        Assert.True(references.IndexOf(flagged.Reference) < references.IndexOf(plain.Reference));
        Assert.Contains(reviewed.Reference, inReview.Select(f => f.Reference));
        Assert.All(inReview, f => Assert.Equal(FeedbackStatus.InReview, f.Status));
    }

    [StoreFact]
    public async Task ClosingRecordsWhenAndReopeningClearsIt()
    {
        var stored = await Feedback.AddAsync(Item("to close"), CancellationToken.None);

        Assert.True(await Feedback.UpdateAsync(stored.Reference, FeedbackStatus.Closed, "sam", "done", true, CancellationToken.None));
        var closed = await Feedback.GetAsync(stored.Reference, CancellationToken.None);
        Assert.True(await Feedback.UpdateAsync(stored.Reference, FeedbackStatus.Actioned, null, null, false, CancellationToken.None));
        var reopened = await Feedback.GetAsync(stored.Reference, CancellationToken.None);

        Assert.Equal(Now, closed!.ClosedAt);
        Assert.Equal("sam", closed.Assignee);
        Assert.Equal("done", closed.Notes);
        Assert.True(closed.ReplySent);
        Assert.Null(reopened!.ClosedAt);
        Assert.Null(reopened.Assignee);
        Assert.False(await Feedback.UpdateAsync("FB-1999-000000", FeedbackStatus.Closed, null, null, false, CancellationToken.None));
    }

    [StoreFact]
    public async Task RetentionDeletesOnlyFeedbackClosedBeforeTheCutOff()
    {
        var old = await Feedback.AddAsync(Item("old"), CancellationToken.None);
        await Feedback.UpdateAsync(old.Reference, FeedbackStatus.Closed, null, null, false, CancellationToken.None);
        _clock.Now = Now.AddMonths(13);
        var recent = await Feedback.AddAsync(Item("recent"), CancellationToken.None);
        await Feedback.UpdateAsync(recent.Reference, FeedbackStatus.Closed, null, null, false, CancellationToken.None);
        var open = await Feedback.AddAsync(Item("open"), CancellationToken.None);

        var deleted = await Feedback.DeleteClosedBeforeAsync(Now.AddMonths(1), CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Null(await Feedback.GetAsync(old.Reference, CancellationToken.None));
        Assert.NotNull(await Feedback.GetAsync(recent.Reference, CancellationToken.None));
        Assert.NotNull(await Feedback.GetAsync(open.Reference, CancellationToken.None));
    }

    [StoreFact]
    public async Task OneFeedbackCanBeDeletedByItsReference()
    {
        var stored = await Feedback.AddAsync(Item("delete me"), CancellationToken.None);

        Assert.True(await Feedback.DeleteAsync(stored.Reference, CancellationToken.None));
        Assert.False(await Feedback.DeleteAsync(stored.Reference, CancellationToken.None));
        Assert.Null(await Feedback.GetAsync(stored.Reference, CancellationToken.None));
    }

    [StoreFact]
    public async Task TheQuestionLogKeepsQuestionsAndHelpfulVotes()
    {
        var log = new SqlQuestionLog(Database, TimeProvider.System);
        var marker = Guid.NewGuid().ToString("N");
        var id = await log.AddAsync(new QuestionLogEntry
        {
            At = Now,
            Channel = "test",
            ConversationHash = marker,
            UserHash = "user",
            Question = "what is a pa",
            Kind = "answer",
            Sources = "a;b",
            Confidence = 0.75,
            Topic = null,
            SafeguardingFlag = false,
        }, CancellationToken.None);
        await log.SetHelpfulAsync(id, false, CancellationToken.None);

        var entry = (await log.QuestionsAsync(new QuestionFilter(), 0, 1000, CancellationToken.None)).Rows.Single(e => e.ConversationHash == marker);

        Assert.Equal(id, entry.Id);
        Assert.Equal(0.75, entry.Confidence);
        Assert.Null(entry.Topic);
        Assert.False(entry.Helpful);
        Assert.Equal(Now, entry.At);
    }

    [StoreFact]
    public async Task ConversationStateKeepsTheDialogStackAndIsOverwritten()
    {
        var store = new SqlConversationStateStore(Database, new IdentityHasher(Database, Options.Create(new StorageOptions())));
        var conversation = Guid.NewGuid().ToString("N");
        var state = new ConversationState { DialogStack = [new DialogInstance { Id = "feedback", Step = 3, Values = { ["topic"] = "housing" } }] };

        await store.SaveAsync("test", conversation, state, CancellationToken.None);
        state.DialogStack[0].Step = 4;
        await store.SaveAsync("test", conversation, state, CancellationToken.None);
        var loaded = await store.LoadAsync("test", conversation, CancellationToken.None);

        var dialog = Assert.Single(loaded.DialogStack);
        Assert.Equal(4, dialog.Step);
        Assert.Equal("housing", dialog.Values["topic"]);
        Assert.Empty((await store.LoadAsync("test", "another", CancellationToken.None)).DialogStack);
    }

    [StoreFact]
    public async Task MigratingAgainChangesNothing()
    {
        await new MigrationRunner(Database, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);

        var stored = await Feedback.AddAsync(Item("after a second migration"), CancellationToken.None);

        Assert.NotNull(await Feedback.GetAsync(stored.Reference, CancellationToken.None));
    }

    [StoreFact]
    public async Task WorkOfSeveralStatementsThatFailsHalfWayLeavesNothing()
    {
        var key = "half-" + Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Database.WriteAllOrNothingAsync<int>(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES (@key, 'x')", new { key }, transaction);
            throw new InvalidOperationException("half way");
        }, CancellationToken.None));

        await using var connection = await Database.OpenAsync(CancellationToken.None);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM settings WHERE key = @key", new { key }));
    }

    [StoreFact]
    public async Task AWriteReturnsItsResultOnceItIsReadable()
    {
        var key = "read-" + Guid.NewGuid().ToString("N");

        var inserted = await Database.WriteAsync(
            (connection, transaction, _) => connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES (@key, 'x')", new { key }, transaction),
            CancellationToken.None);

        await using var connection = await Database.OpenAsync(CancellationToken.None);
        Assert.Equal(1, inserted);
        Assert.Equal("x", await connection.ExecuteScalarAsync<string>("SELECT value FROM settings WHERE key = @key", new { key }));
    }

    private static FeedbackItem Item(string message) => new()
    {
        Channel = "test",
        ConversationHash = "hash",
        Topic = "housing",
        Message = message,
    };

    [GeneratedRegex(@"^FB-\d{4}-\d{6}$")]
    private static partial Regex ReferenceFormat();
}
