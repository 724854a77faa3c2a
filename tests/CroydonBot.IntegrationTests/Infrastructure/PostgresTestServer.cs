using Npgsql;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use, from CROYDONBOT_TEST_POSTGRES (scripts/test.sh starts one on
/// 127.0.0.1:55432 and sets it). Each caller gets its own throwaway database.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "CROYDONBOT_TEST_POSTGRES";
    public const string Default = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";

    private static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL tests are skipped here, or null when they must run (configured, or in CI).</summary>
    public static string? SkipReason => ConnectionString is null && !InCi
        ? $"{Variable} is not set. Run scripts/test.sh, or start PostgreSQL (bash scripts/postgres-start.sh) and set {Variable}={Default}."
        : null;

    /// <summary>Creates an empty database and returns its connection string. Fails clearly when no server is configured.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set, so the PostgreSQL store tests cannot run. In CI this is a failure: scripts/test.sh starts " +
            $"PostgreSQL on loopback and sets {Variable} ({Default}).");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing anything still connected.</summary>
    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString!);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>A database name unique to one test class run.</summary>
    public static string NewDatabaseName(string prefix) => $"croydonbot_{prefix}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
}
