namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// An empty database of its own on the PostgreSQL test server, dropped on dispose. Declare it before the app
/// that uses it (<c>await using</c> disposes in reverse), so the app has stopped when the database is dropped.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private PostgresTestDatabase(string name, string connectionString) => (Name, ConnectionString) = (name, connectionString);

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The setting that puts the whole app on this database.</summary>
    public string AppSetting => $"Storage:PostgresConnectionString={ConnectionString}";

    /// <param name="prefix">Says in the server's list of databases which test made it.</param>
    public static async Task<PostgresTestDatabase> CreateAsync(string prefix)
    {
        var name = PostgresTestServer.NewDatabaseName(prefix);
        return new PostgresTestDatabase(name, await PostgresTestServer.CreateDatabaseAsync(name));
    }

    /// <summary>Runs a journey that starts the whole app with the settings it is given, on a fresh database.</summary>
    public static async Task RunAppAsync(string prefix, Func<string[], Task> journey)
    {
        await using var database = await CreateAsync(prefix);
        await journey([database.AppSetting]);
    }

    public async ValueTask DisposeAsync() => await PostgresTestServer.DropDatabaseAsync(Name);
}
