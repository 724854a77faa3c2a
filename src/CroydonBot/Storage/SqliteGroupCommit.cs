using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace CroydonBot.Storage;

/// <summary>
/// Group commit for one SQLite file. SQLite takes one writer at a time and every transaction pays for the
/// write lock, a WAL append and its own connection set-up, so writes are queued here and one loop on one
/// long-lived connection runs whatever is waiting (up to <see cref="MaxBatch"/>) as a single transaction.
/// A savepoint per write lets a failing write roll back alone; callers hear back only after COMMIT.
/// </summary>
internal sealed class SqliteGroupCommit : IAsyncDisposable
{
    /// <summary>Bounds how long one commit keeps the next writers waiting.</summary>
    public const int MaxBatch = 128;

    private readonly string _connectionString;
    private readonly Channel<SqliteWriteItem> _queue =
        Channel.CreateUnbounded<SqliteWriteItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private SqliteConnection? _connection;
    private SqliteSavepoints? _savepoints;

    public SqliteGroupCommit(string connectionString)
    {
        _connectionString = connectionString;
        _loop = Task.Run(RunAsync);
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        var item = new SqliteWriteItem<T>(work, cancellationToken);
        if (!_queue.Writer.TryWrite(item))
        {
            item.Fail(new ObjectDisposedException(nameof(SqliteDatabase), "The database is shut down; the write was not made."));
        }
        return item.Task;
    }

    /// <summary>Stops taking writes, commits everything already queued, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<SqliteWriteItem>(MaxBatch);
        // Ends only when the queue is completed and empty: shutting down drains, never drops.
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                if (item.TryStart())
                {
                    batch.Add(item);
                }
            }
            if (batch.Count > 0)
            {
                await CommitAsync(batch);
                batch.Clear();
            }
        }
        CloseConnection();
    }

    private async Task CommitAsync(List<SqliteWriteItem> batch)
    {
        var errors = new Exception?[batch.Count];
        try
        {
            var connection = _connection ??= Open();
            _savepoints ??= new SqliteSavepoints(connection);
            // IMMEDIATE takes the write lock now, so no statement inside can fail half-way for want of it.
            using var transaction = connection.BeginTransaction(deferred: false);
            // A lone write needs no savepoint: if it fails, the whole transaction is rolled back instead.
            var alone = batch.Count == 1;
            var savepoint = _savepoints.For(transaction);
            var written = 0;
            for (var i = 0; i < batch.Count; i++)
            {
                if (!alone)
                {
                    savepoint.Save();
                }
                try
                {
                    await batch[i].RunAsync(connection, transaction);
                    written++;
                }
                catch (Exception ex)
                {
                    errors[i] = ex;
                    if (!alone)
                    {
                        savepoint.RollBack();
                    }
                }
                if (!alone)
                {
                    savepoint.Release();
                }
            }
            if (written > 0)
            {
                transaction.Commit();
            }
        }
        catch (Exception ex)
        {
            // The transaction itself failed (begin, savepoint or commit): nothing in it was written.
            for (var i = 0; i < errors.Length; i++)
            {
                errors[i] ??= ex;
            }
            // The connection may be left mid-transaction; the next batch starts on a fresh one.
            CloseConnection();
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (errors[i] is { } error)
            {
                batch[i].Fail(error);
            }
            else
            {
                batch[i].Succeed();
            }
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            // Once for this connection's life rather than on every write. WAL (a property of the file) lets readers
            // carry on while the loop writes; NORMAL skips the fsync per commit, which WAL makes safe against a
            // crash of the process; busy_timeout waits for another process's writer instead of failing.
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void CloseConnection()
    {
        var connection = _connection;
        _connection = null;
        _savepoints?.Dispose();
        _savepoints = null;
        try
        {
            connection?.Dispose();
        }
        catch (SqliteException)
        {
            // Closing a connection that already failed; the next batch opens a new one either way.
        }
    }
}
