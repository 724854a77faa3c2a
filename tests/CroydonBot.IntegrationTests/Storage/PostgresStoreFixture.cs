using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>A fresh PostgreSQL database on the test server, migrated; dropped afterwards.</summary>
public sealed class PostgresStoreFixture : IStoreFixture, IAsyncLifetime
{
    private readonly string _name = PostgresTestServer.NewDatabaseName("store");
    private PostgresDatabase? _database;

    public ISqlDatabase Database => _database ?? throw new InvalidOperationException(PostgresTestServer.SkipReason ?? "The PostgreSQL test database was not created.");

    public async Task InitializeAsync()
    {
        if (PostgresTestServer.SkipReason is not null)
        {
            return; // Skipped locally; in CI SkipReason is null and a missing server fails below.
        }
        _database = new PostgresDatabase(await PostgresTestServer.CreateDatabaseAsync(_name));
        await new MigrationRunner(_database, NullLogger<MigrationRunner>.Instance).MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
            await PostgresTestServer.DropDatabaseAsync(_name);
        }
    }
}
