using System.Data.Common;
using Npgsql;

namespace CroydonBot.Storage;

/// <summary>PostgreSQL through one shared Npgsql data source (it pools connections).</summary>
public sealed class PostgresDatabase(string connectionString) : ISqlDatabase, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public string Dialect => "postgres";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Each write on its own pooled connection in autocommit: PostgreSQL takes many writers at once, and
    /// several instances share the database, so there is nothing to gain from queueing them here.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await work(connection, null, cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
