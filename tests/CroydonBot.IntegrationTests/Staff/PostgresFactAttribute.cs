namespace CroydonBot.IntegrationTests.Staff;

/// <summary>A test that needs the PostgreSQL server named by CROYDONBOT_TEST_POSTGRES (scripts/test.sh sets it); skipped, visibly, without it.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CROYDONBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set (scripts/test.sh starts PostgreSQL and sets it).";
        }
    }
}
