namespace CroydonBot.IntegrationTests.Storage;

/// <summary>The store contract on a SQLite file.</summary>
public sealed class SqliteStoreTests(SqliteStoreFixture fixture) : StoreContract<SqliteStoreFixture>(fixture);
