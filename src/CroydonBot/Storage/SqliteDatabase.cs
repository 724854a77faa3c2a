using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CroydonBot.Storage;

/// <summary>
/// One SQLite file in WAL mode: reads on pooled connections, so the staff pages read while the bot writes;
/// every write through one queue and one connection (<see cref="SqliteGroupCommit"/>).
/// </summary>
public sealed class SqliteDatabase : ISqlDatabase, IAsyncDisposable, IDisposable
{
    private readonly string _readConnectionString;
    private readonly SqliteGroupCommit _writer;

    public SqliteDatabase(string path)
    {
        var full = Path.GetFullPath(path, AppContext.BaseDirectory);
        // Created by us, not by SQLite, so the file is 0600 (SQLite gives its -wal and -shm files the same mode).
        PrivateFiles.CreateFolder(Path.GetDirectoryName(full)!);
        PrivateFiles.CreateFile(full);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Private cache: shared-cache mode locks whole tables and, under concurrent turns, makes writers
            // spin in SQLITE_LOCKED retries (about 60 turns/s at 64 conversations; see docs/performance.md).
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        };
        // No PRAGMAs on the readers: they need none, and running them on every pooled open cost a statement
        // per read. The writer's connection sets WAL on the file once.
        _readConnectionString = builder.ToString();
        // The writer's connection lives as long as this object, so the pool has nothing to add.
        builder.Pooling = false;
        _writer = new SqliteGroupCommit(builder.ToString());
        FilePath = full;
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    public string Dialect => "sqlite";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_readConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Queued and committed together with whatever else is waiting. The work runs on the one writer
    /// connection, so it should only run SQL (prepare everything else before calling) and must never wait
    /// for another write.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        _writer.WriteAsync(work, cancellationToken);

    /// <summary>Commits every write already queued, then closes the file.</summary>
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    public void Dispose() => _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
