using Xunit.Sdk;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// A fact that runs against a database. On a class marked <see cref="RequiresPostgresAttribute"/> it is
/// skipped when no PostgreSQL server is configured, unless running in CI, where it fails instead.
/// </summary>
[XunitTestCaseDiscoverer("CroydonBot.IntegrationTests.Infrastructure.StoreFactDiscoverer", "CroydonBot.IntegrationTests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
