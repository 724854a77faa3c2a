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

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
