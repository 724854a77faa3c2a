namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// Marks a test class whose <see cref="StoreFactAttribute"/> tests need the PostgreSQL server named by
/// CROYDONBOT_TEST_POSTGRES: skipped locally without it, failed in CI (CI=true) without it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
