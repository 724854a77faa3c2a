using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>A fresh PostgreSQL database on the test server, migrated; dropped afterwards.</summary>
public sealed class PostgresStoreFixture : IStoreFixture, IAsyncLifetime
{
    private PostgresTestDatabase? _testDatabase;
    private PostgresDatabase? _database;

    public ISqlDatabase Database => _database ?? throw new InvalidOperationException(PostgresTestServer.SkipReason ?? "The PostgreSQL test database was not created.");

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.SkipReason is not null)
        {
            return; // Skipped locally; in CI SkipReason is null and a missing server fails below.
        }
        _testDatabase = await PostgresTestDatabase.CreateAsync("store");
        _database = new PostgresDatabase(_testDatabase.ConnectionString);
        await new MigrationRunner(_database, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        if (_testDatabase is not null)
        {
            await _testDatabase.DisposeAsync();
        }
    }
}
