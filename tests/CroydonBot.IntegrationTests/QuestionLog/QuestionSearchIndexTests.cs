using CroydonBot.IntegrationTests.Storage;
using CroydonBot.QuestionLog;
using CroydonBot.QuestionLog.Search;
using CroydonBot.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CroydonBot.IntegrationTests.QuestionLog;

/// <summary>
/// The question log's full-text index written in batches after the turn (SQLite): every row indexed exactly once and
/// oldest first, whichever catch-ups run and however they overlap with new questions, and nothing left unindexed by
/// a stop. FTS5's own integrity check compares the index with the questions table, so a row indexed twice, missed or
/// left after its deletion fails it. Each test has its own file.
/// </summary>
public sealed class QuestionSearchIndexTests : IAsyncLifetime
{
    private readonly SqliteStoreFixture _file = new();

    private ISqlDatabase Database => _file.Database;

    public Task InitializeAsync() => _file.InitializeAsync();

    public Task DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task QuestionsLoggedWhileBatchesRunAreEachIndexedOnce()
    {
        var index = new QuestionSearchIndex(Database);
        var log = new SqlQuestionLog(Database, TimeProvider.System, index);

        // More rows than three batches, written while catch-ups run beside them.
        var adding = Enumerable.Range(0, 3 * QuestionSearchIndex.MaxBatch + 17)
            .Select(i => Task.Run(() => log.AddAsync(Entry($"how do i renew tenancy number{i}"), CancellationToken.None))).ToList();
        var catchingUp = Enumerable.Range(0, 4).Select(_ => Task.Run(() => index.CatchUpAsync(CancellationToken.None))).ToList();
        var ids = await Task.WhenAll(adding);
        var indexedMeanwhile = (await Task.WhenAll(catchingUp)).Sum();
        var indexedAfter = await index.CatchUpAsync(CancellationToken.None);

        Assert.Equal(ids.Length, indexedMeanwhile + indexedAfter);
        Assert.Equal(0, await index.CatchUpAsync(CancellationToken.None));
        Assert.Equal(ids.Max(), await IndexedUpToAsync());
        await AssertIndexMatchesTheLogAsync();
        for (var i = 0; i < ids.Length; i += 97)
        {
            Assert.Equal([ids[i]], await MatchAsync($"number{i}"));
        }
    }

    [Fact]
    public async Task TheIndexHoldsTheOldestRowsUntilItCatchesUpWithTheRest()
    {
        var index = new QuestionSearchIndex(Database);
        var log = new SqlQuestionLog(Database, TimeProvider.System, index);
        var first = await log.AddAsync(Entry("can i get help with driving lessons"), CancellationToken.None);
        await index.CatchUpAsync(CancellationToken.None);

        var second = await log.AddAsync(Entry("who pays for my driving test"), CancellationToken.None);

        Assert.Equal([first], await MatchAsync("driving"));
        Assert.Equal(first, await IndexedUpToAsync());
        Assert.Equal(1, await index.CatchUpAsync(CancellationToken.None));
        Assert.Equal([first, second], await MatchAsync("driving"));
    }

    [Fact]
    public async Task DeletingRowsBeforeAndAfterTheyAreIndexedKeepsTheIndexTrue()
    {
        var index = new QuestionSearchIndex(Database);
        var log = new SqlQuestionLog(Database, TimeProvider.System, index);
        var indexed = await log.AddAsync(Entry("is there a grant for a laptop"), CancellationToken.None);
        await index.CatchUpAsync(CancellationToken.None);
        var notYet = await log.AddAsync(Entry("laptop for college please"), CancellationToken.None);
        var kept = await log.AddAsync(Entry("my laptop broke who can help"), CancellationToken.None);

        await DeleteAsync(indexed);
        await DeleteAsync(notYet);
        await index.CatchUpAsync(CancellationToken.None);

        await AssertIndexMatchesTheLogAsync();
        Assert.Equal([kept], await MatchAsync("laptop"));
    }

    [Fact]
    public async Task QuestionsLoggedBeforeTheIndexerStopsAreIndexedByItsStop()
    {
        var index = new QuestionSearchIndex(Database);
        var log = new SqlQuestionLog(Database, TimeProvider.System, index);
        var indexer = new QuestionSearchIndexer(index, TimeProvider.System, NullLogger<QuestionSearchIndexer>.Instance);
        await indexer.StartAsync(CancellationToken.None);

        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => log.AddAsync(Entry($"can my pa visit more often visit{i}"), CancellationToken.None)));
        await indexer.StopAsync(CancellationToken.None);

        Assert.Equal(ids.Max(), await IndexedUpToAsync());
        Assert.Equal(ids.Order(), await MatchAsync("pa"));
        await AssertIndexMatchesTheLogAsync();
    }

    [Fact]
    public async Task QuestionsLeftUnindexedWhenTheBotStoppedAreIndexedByTheNextStart()
    {
        var log = new SqlQuestionLog(Database, TimeProvider.System, new QuestionSearchIndex(Database));
        var ids = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => log.AddAsync(Entry($"when does my pathway plan get reviewed plan{i}"), CancellationToken.None)));
        Assert.Empty(await MatchAsync("pathway"));

        // The next start: a new database object over the same file, and its indexer started and stopped.
        await using var reopened = new SqliteDatabase(_file.FilePath);
        var indexer = new QuestionSearchIndexer(new QuestionSearchIndex(reopened), TimeProvider.System, NullLogger<QuestionSearchIndexer>.Instance);
        await indexer.StartAsync(CancellationToken.None);
        await indexer.StopAsync(CancellationToken.None);

        Assert.Equal(ids.Order(), await MatchAsync("pathway"));
    }

    [Fact]
    public async Task RowsTheOldTriggerIndexedAreNotIndexedAgainAfterTheMigration()
    {
        var path = Path.Combine(Path.GetTempPath(), $"croydonbot-fts-{Guid.NewGuid():N}.db");
        try
        {
            await using (var old = new SqliteDatabase(path))
            {
                // The schema as it was before migration 8, with a question the trigger indexed inside its insert.
                foreach (var (version, _, sql) in MigrationRunner.Scripts("sqlite").Where(s => s.Version < 8))
                {
                    await old.WriteAsync((c, t, _) => c.ExecuteAsync(sql + $"\nCREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL); INSERT INTO schema_version VALUES ({version}, 'then');", transaction: t), CancellationToken.None);
                }
                await new SqlQuestionLog(old, TimeProvider.System).AddAsync(Entry("how long can i stay with my foster carer"), CancellationToken.None);
            }
            await using var database = new SqliteDatabase(path);
            await new MigrationRunner(database, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);

            Assert.Equal(0, await new QuestionSearchIndex(database).CatchUpAsync(CancellationToken.None));
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync("INSERT INTO questions_fts (questions_fts, rank) VALUES ('integrity-check', 1)");
            Assert.Equal([1L], await connection.QueryAsync<long>("SELECT rowid FROM questions_fts WHERE questions_fts MATCH 'foster'"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The ids the full-text index finds for <paramref name="word"/>, read directly (a log search would catch up first).</summary>
    private async Task<IReadOnlyList<long>> MatchAsync(string word)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<long>("SELECT rowid FROM questions_fts WHERE questions_fts MATCH @word ORDER BY rowid", new { word = $"\"{word}\"" })];
    }

    private async Task<long> IndexedUpToAsync()
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT up_to FROM questions_fts_indexed");
    }

    /// <summary>FTS5 compares the index with its content table: an error for any row indexed twice, missing, or deleted from one only.</summary>
    private async Task AssertIndexMatchesTheLogAsync()
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("INSERT INTO questions_fts (questions_fts, rank) VALUES ('integrity-check', 1)");
    }

    private Task<int> DeleteAsync(long id) =>
        Database.WriteAsync((c, t, _) => c.ExecuteAsync("DELETE FROM questions WHERE id = @id", new { id }, t), CancellationToken.None);

    private static QuestionLogEntry Entry(string question) => new()
    {
        At = DateTimeOffset.UtcNow, Channel = "test", ConversationHash = "c", UserHash = "u", Question = question,
        Answer = "Ask your personal adviser.", Kind = "answer", Sources = "",
    };
}
