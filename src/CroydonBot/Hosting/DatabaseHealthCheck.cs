using System.Data.Common;
using CroydonBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CroydonBot.Hosting;

/// <summary>Ready means the database answers: a query on a fresh connection (SQLite or PostgreSQL).</summary>
public sealed class DatabaseHealthCheck(ISqlDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            // The reason goes to the log through the health check service; the endpoint says only "Unhealthy".
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
