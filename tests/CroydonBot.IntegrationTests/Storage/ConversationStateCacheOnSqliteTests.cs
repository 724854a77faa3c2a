using CroydonBot.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>The write-through cache of conversation state in front of a real SQLite file.</summary>
public sealed class ConversationStateCacheOnSqliteTests : IAsyncLifetime
{
    private readonly SqliteStoreFixture _file = new();
    private SqlConversationStateStore _fromFile = null!;
    private CachedConversationStateStore _cached = null!;

    public async Task InitializeAsync()
    {
        await _file.InitializeAsync();
        _fromFile = new SqlConversationStateStore(_file.Database, new IdentityHasher(_file.Database, Options.Create(new StorageOptions())));
        _cached = new CachedConversationStateStore(_fromFile, new ConversationStateCache(100));
    }

    public Task DisposeAsync() => _file.DisposeAsync();

    [Fact]
    public async Task ALoadReturnsWhatWasLastSavedWithoutAskingTheFile()
    {
        await _cached.SaveAsync("test", "c1", State(step: 3), CancellationToken.None);
        await _cached.SaveAsync("test", "c1", State(step: 4), CancellationToken.None);
        await using (var connection = new SqliteConnection($"Data Source={_file.FilePath};Pooling=False"))
        {
            await connection.ExecuteAsync("DELETE FROM conversation_state");
        }

        var loaded = await _cached.LoadAsync("test", "c1", CancellationToken.None);

        Assert.Equal(4, loaded.DialogStack.Single().Step);
        Assert.Empty((await _fromFile.LoadAsync("test", "c1", CancellationToken.None)).DialogStack);
    }

    [Fact]
    public async Task EveryLoadIsItsOwnCopySoOneTurnCannotChangeAnothersState()
    {
        await _cached.SaveAsync("test", "c1", State(step: 3), CancellationToken.None);

        var first = await _cached.LoadAsync("test", "c1", CancellationToken.None);
        first.DialogStack[0].Step = 99;
        first.SafeguardingFlagged = true;
        var second = await _cached.LoadAsync("test", "c1", CancellationToken.None);

        Assert.Equal(3, second.DialogStack.Single().Step);
        Assert.False(second.SafeguardingFlagged);
    }

    [Fact]
    public async Task RacingSavesOfOneConversationLeaveTheCacheAgreeingWithTheFile()
    {
        await Task.WhenAll(Enumerable.Range(1, 100).Select(step => Task.Run(() => _cached.SaveAsync("test", "raced", State(step), CancellationToken.None))));

        var cached = await _cached.LoadAsync("test", "raced", CancellationToken.None);
        var stored = await _fromFile.LoadAsync("test", "raced", CancellationToken.None);

        Assert.Equal(stored.DialogStack.Single().Step, cached.DialogStack.Single().Step);
    }

    [Fact]
    public async Task ASaveCancelledBeforeItRanIsNeitherInTheFileNorInTheCache()
    {
        await _cached.SaveAsync("test", "c1", State(step: 1), CancellationToken.None);
        var gate = await WriterGate.CloseAsync(_file.Database);
        using var cancel = new CancellationTokenSource();

        var cancelled = _cached.SaveAsync("test", "c1", State(step: 2), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await gate.OpenAsync();

        Assert.Equal(1, (await _cached.LoadAsync("test", "c1", CancellationToken.None)).DialogStack.Single().Step);
        Assert.Equal(1, (await _fromFile.LoadAsync("test", "c1", CancellationToken.None)).DialogStack.Single().Step);
    }

    [Fact]
    public async Task AConversationNotInTheCacheIsReadFromTheFile()
    {
        await _fromFile.SaveAsync("test", "saved-elsewhere", State(step: 7), CancellationToken.None);

        var loaded = await _cached.LoadAsync("test", "saved-elsewhere", CancellationToken.None);

        Assert.Equal(7, loaded.DialogStack.Single().Step);
    }

    private static ConversationState State(int step) => new() { DialogStack = [new DialogInstance { Id = "feedback", Step = step }] };
}
