using CroydonBot.QuestionLog;
using CroydonBot.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>
/// SQLite's one queue of writes, committed in batches: nothing acknowledged before it is in the file, and a
/// failing or cancelled write takes nothing else down with it. Each test has its own file.
/// </summary>
public sealed class SqliteGroupCommitTests : IAsyncLifetime
{
    private readonly SqliteStoreFixture _file = new();

    private ISqlDatabase Database => _file.Database;

    public Task InitializeAsync() => _file.InitializeAsync();

    public Task DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task TwoHundredConcurrentQuestionsAllCommitWithDistinctIds()
    {
        var log = new SqlQuestionLog(Database, TimeProvider.System);
        var marker = Guid.NewGuid().ToString("N");

        var ids = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => log.AddAsync(Entry(marker, $"question {i}"), CancellationToken.None))));

        Assert.Equal(200, ids.Distinct().Count());
        Assert.Equal(ids.Order(), await IdsInFileAsync(marker));
    }

    [Fact]
    public async Task AFailingWriteFailsOnlyItsCallerWhileTheRestOfItsBatchCommits()
    {
        var log = new SqlQuestionLog(Database, TimeProvider.System);
        var marker = Guid.NewGuid().ToString("N");
        await InsertSettingAsync(marker, CancellationToken.None);
        var gate = await WriterGate.CloseAsync(Database);

        var before = Enumerable.Range(0, 5).Select(i => log.AddAsync(Entry(marker, $"before {i}"), CancellationToken.None)).ToList();
        var duplicate = InsertSettingAsync(marker, CancellationToken.None);
        var halfDone = Database.WriteAsync<int>(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync(InsertQuestion, Row(marker, "half done"), transaction);
            throw new InvalidOperationException("fails after its insert");
        }, CancellationToken.None);
        var after = Enumerable.Range(0, 5).Select(i => log.AddAsync(Entry(marker, $"after {i}"), CancellationToken.None)).ToList();
        await gate.OpenAsync();

        var constraint = await Assert.ThrowsAsync<SqliteException>(() => duplicate);
        Assert.Equal(19, constraint.SqliteErrorCode); // SQLITE_CONSTRAINT
        await Assert.ThrowsAsync<InvalidOperationException>(() => halfDone);
        var committed = await Task.WhenAll(before.Concat(after));
        Assert.Equal(committed.Order(), await IdsInFileAsync(marker));
        Assert.Equal(0, await CountInFileAsync("questions WHERE question = 'half done'"));
    }

    [Fact]
    public async Task AFailingWriteAloneInItsBatchLeavesNothingAndTheNextWriteCommits()
    {
        var marker = Guid.NewGuid().ToString("N");

        var failing = Database.WriteAsync<int>(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync(InsertQuestion, Row(marker, "alone and failing"), transaction);
            throw new InvalidOperationException("fails after its insert");
        }, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        var id = await new SqlQuestionLog(Database, TimeProvider.System).AddAsync(Entry(marker, "next"), CancellationToken.None);

        Assert.Equal([id], await IdsInFileAsync(marker));
    }

    [Fact]
    public async Task AWriteCancelledBeforeItRunsLeavesNoTrace()
    {
        var marker = Guid.NewGuid().ToString("N");
        var gate = await WriterGate.CloseAsync(Database);
        using var cancel = new CancellationTokenSource();

        var cancelled = new SqlQuestionLog(Database, TimeProvider.System).AddAsync(Entry(marker, "never mind"), cancel.Token);
        var kept = new SqlQuestionLog(Database, TimeProvider.System).AddAsync(Entry(marker, "kept"), CancellationToken.None);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await gate.OpenAsync();

        Assert.Equal([await kept], await IdsInFileAsync(marker));
    }

    [Fact]
    public async Task AWriteThatRanStandsThoughItsCallerCancelsBeforeTheCommit()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var cancel = new CancellationTokenSource();
        var inserted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var carryOn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var write = Database.WriteAsync(async (connection, transaction, _) =>
        {
            var id = await connection.ExecuteScalarAsync<long>(InsertQuestion + " RETURNING id", Row(marker, "ran"), transaction);
            inserted.SetResult();
            await carryOn.Task;
            return id;
        }, cancel.Token);
        await inserted.Task;
        await cancel.CancelAsync();
        carryOn.SetResult();

        Assert.Equal([await write], await IdsInFileAsync(marker));
    }

    [Fact]
    public async Task DisposingCommitsEveryQueuedWriteAndRefusesNewOnes()
    {
        var database = (SqliteDatabase)Database;
        var log = new SqlQuestionLog(database, TimeProvider.System);
        var marker = Guid.NewGuid().ToString("N");
        var gate = await WriterGate.CloseAsync(database);
        var queued = Enumerable.Range(0, 300).Select(i => log.AddAsync(Entry(marker, $"queued {i}"), CancellationToken.None)).ToList();

        var disposing = database.DisposeAsync().AsTask();
        var refused = log.AddAsync(Entry(marker, "too late"), CancellationToken.None);
        await gate.OpenAsync();
        await disposing;

        await Assert.ThrowsAsync<ObjectDisposedException>(() => refused);
        var ids = await Task.WhenAll(queued);
        Assert.Equal(ids.Order(), await IdsInFileAsync(marker));
    }

    private const string InsertQuestion =
        """
        INSERT INTO questions (at, channel, conversation_hash, user_hash, question, kind, sources, safeguarding)
        VALUES ('2026-11-23T12:00:00.0000000Z', 'test', @marker, 'user', @question, 'answer', '', 0)
        """;

    private static object Row(string marker, string question) => new { marker, question };

    private static QuestionLogEntry Entry(string marker, string question) => new()
    {
        At = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
        Channel = "test",
        ConversationHash = marker,
        UserHash = "user",
        Question = question,
        Kind = "answer",
        Sources = "",
    };

    private Task<int> InsertSettingAsync(string key, CancellationToken cancellationToken) =>
        Database.WriteAsync((connection, transaction, _) =>
            connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES (@key, 'x')", new { key }, transaction), cancellationToken);

    /// <summary>Read with a connection of the test's own, not the app's.</summary>
    private async Task<long[]> IdsInFileAsync(string marker)
    {
        await using var connection = new SqliteConnection($"Data Source={_file.FilePath};Mode=ReadOnly;Pooling=False");
        return [.. await connection.QueryAsync<long>("SELECT id FROM questions WHERE conversation_hash = @marker ORDER BY id", new { marker })];
    }

    private async Task<long> CountInFileAsync(string fromWhere)
    {
        await using var connection = new SqliteConnection($"Data Source={_file.FilePath};Mode=ReadOnly;Pooling=False");
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM " + fromWhere);
    }
}
