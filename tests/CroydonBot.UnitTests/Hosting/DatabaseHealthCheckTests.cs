using System.Data.Common;
using CroydonBot.Hosting;
using CroydonBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CroydonBot.UnitTests.Hosting;

public sealed class DatabaseHealthCheckTests
{
    private sealed class DownDatabase : ISqlDatabase
    {
        public string Dialect => "sqlite";

        public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => throw new TimeoutException("no database");

        public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
            throw new TimeoutException("no database");
    }

    [Fact]
    public async Task ADatabaseThatDoesNotAnswerMakesTheAppNotReady()
    {
        var result = await new DatabaseHealthCheck(new DownDatabase()).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }
}
