using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Alerts;

/// <summary>Alert e-mails with the app on SQLite.</summary>
public sealed class AlertEmailTests
{
    [Fact]
    public Task ASafeguardingFlagAndANewFeedbackDigestArriveAtTheSmtpServerWithLinksOnly() => AlertEmailJourney.RunAsync();
}

/// <summary>Alert e-mails with the app on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
public sealed class AlertEmailOnPostgresTests
{
    [StoreFact]
    public Task ASafeguardingFlagAndANewFeedbackDigestArriveAtTheSmtpServerWithLinksOnly() =>
        PostgresTestDatabase.RunAppAsync("alerts", AlertEmailJourney.RunAsync);
}
