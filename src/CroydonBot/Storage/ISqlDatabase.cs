using System.Data.Common;

namespace CroydonBot.Storage;

/// <summary>The bot's database: SQLite by default, PostgreSQL when configured. Same schema, same SQL where possible.</summary>
public interface ISqlDatabase
{
    /// <summary>"sqlite" or "postgres": picks the migration folder and the few statements that differ.</summary>
    string Dialect { get; }

    /// <summary>Opens a connection, ready to use.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits, without holding a thread, until this process may write; dispose the result when the write is
    /// done. Take it before opening the connection and do no other database work while holding it.
    /// Null (no gate) unless the database allows only one writer at a time.
    /// </summary>
    ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);
}
