using System.Reflection;
using Dapper;

namespace CroydonBot.Storage;

/// <summary>
/// Applies the versioned SQL scripts embedded under Storage/Migrations/{dialect}/NNNN_name.sql, each once,
/// in order, recording the version in schema_version. Run at start-up.
/// </summary>
public sealed class MigrationRunner(ISqlDatabase database, ILogger<MigrationRunner> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var applied = await database.WriteAsync(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)", transaction: transaction);
            return (await connection.QueryAsync<int>("SELECT version FROM schema_version", transaction: transaction)).ToHashSet();
        }, cancellationToken);
        foreach (var (version, name, sql) in Scripts(database.Dialect))
        {
            if (applied.Contains(version))
            {
                continue;
            }
            await database.WriteAllOrNothingAsync(async (connection, transaction, _) =>
            {
                await connection.ExecuteAsync(sql, transaction: transaction);
                return await connection.ExecuteAsync(
                    "INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)",
                    new { version, at = DateTimeOffset.UtcNow.ToString("O") }, transaction);
            }, cancellationToken);
            logger.LogInformation("Applied {Dialect} migration {Version} {Name}", database.Dialect, version, name);
        }
    }

    /// <summary>The embedded scripts for a dialect, ordered by their number.</summary>
    public static IEnumerable<(int Version, string Name, string Sql)> Scripts(string dialect)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"CroydonBot.Storage.Migrations.{dialect}.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[prefix.Length..^".sql".Length];
            var version = int.Parse(name.Split('_')[0].TrimStart('_'), System.Globalization.CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return (version, name, reader.ReadToEnd());
        }
    }
}
