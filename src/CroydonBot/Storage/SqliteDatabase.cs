using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CroydonBot.Storage;

/// <summary>One SQLite file in WAL mode, so the staff pages can read while the bot writes.</summary>
public sealed class SqliteDatabase : ISqlDatabase
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private int _walSet;

    public SqliteDatabase(string path)
    {
        var full = Path.GetFullPath(path, AppContext.BaseDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Private cache: shared-cache mode locks whole tables and, under concurrent turns, makes writers
            // spin in SQLITE_LOCKED retries (about 60 turns/s at 64 conversations; see docs/performance.md).
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        FilePath = full;
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    public string Dialect => "sqlite";

    /// <summary>
    /// SQLite has one writer at a time and makes the others wait by sleeping on their thread (busy_timeout).
    /// Under many concurrent turns those sleeping threads starved the thread pool (about 70 turns/s at 64
    /// conversations); queueing our own writers here keeps the waiting asynchronous.
    /// </summary>
    public async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        return new WriteTurn(_writer);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL is a property of the file, set once; the rest belong to each connection. busy_timeout lets
        // concurrent turns wait for the writer instead of failing with SQLITE_BUSY.
        var wal = Interlocked.Exchange(ref _walSet, 1) == 0 ? "PRAGMA journal_mode=WAL; " : "";
        pragma.CommandText = wal + "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private sealed class WriteTurn(SemaphoreSlim writer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                writer.Release();
            }
        }
    }
}
