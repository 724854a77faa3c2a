using System.Data.Common;

namespace CroydonBot.Storage;

/// <summary>Writes that need more than one statement.</summary>
public static class SqlDatabaseExtensions
{
    /// <summary>
    /// Like <see cref="ISqlDatabase.WriteAsync{T}"/>, for work of several statements that must stand or fall
    /// together: always given a transaction, the database's own or, where writes run alone, one begun here.
    /// </summary>
    public static Task<T> WriteAllOrNothingAsync<T>(
        this ISqlDatabase database, Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            if (transaction is not null)
            {
                return await work(connection, transaction, token);
            }
            await using var own = await connection.BeginTransactionAsync(token);
            var result = await work(connection, own, token);
            await own.CommitAsync(token);
            return result;
        }, cancellationToken);
}
