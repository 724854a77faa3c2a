using System.Data.Common;

namespace CroydonBot.Storage;

/// <summary>The bot's database: SQLite by default, PostgreSQL when configured. Same schema, same SQL where possible.</summary>
public interface ISqlDatabase
{
    /// <summary>"sqlite" or "postgres": picks the migration folder and the few statements that differ.</summary>
    string Dialect { get; }

    /// <summary>Opens a connection for reading. Changes go through <see cref="WriteAsync{T}"/>.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs work that changes the database. The returned task completes only once the change is durable
    /// (committed); if the work throws, or is cancelled before it starts, it leaves nothing behind and only
    /// this caller sees the error. Once started, the work runs to its end and the write stands.
    /// </summary>
    /// <param name="work">
    /// Given the connection and the transaction it runs in, which it passes to every command. The transaction
    /// is null when the work runs alone in autocommit (PostgreSQL); work of several statements that must
    /// stand together uses <see cref="SqlDatabaseExtensions.WriteAllOrNothingAsync{T}"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the write while it is still waiting to run.</param>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
