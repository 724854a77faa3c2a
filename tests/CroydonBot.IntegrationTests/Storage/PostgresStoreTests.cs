using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>The store contract on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
public sealed class PostgresStoreTests(PostgresStoreFixture fixture) : StoreContract<PostgresStoreFixture>(fixture);
