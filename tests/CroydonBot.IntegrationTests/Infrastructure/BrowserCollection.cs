namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// Browser tests run one at a time: several Chromium instances at once on a 2-core machine starve each
/// other (and the app under test) until waits time out.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
