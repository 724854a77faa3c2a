using CroydonBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>A fresh SQLite file, migrated; deleted afterwards.</summary>
public sealed class SqliteStoreFixture : IStoreFixture, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"croydonbot-store-{Guid.NewGuid():N}.db");
    private SqliteDatabase? _database;

    public ISqlDatabase Database => _database!;

    /// <summary>The SQLite file, for reading it behind the app's back.</summary>
    public string FilePath => _path;

    public async Task InitializeAsync()
    {
        _database = new SqliteDatabase(_path);
        await new MigrationRunner(_database, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _database!.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
