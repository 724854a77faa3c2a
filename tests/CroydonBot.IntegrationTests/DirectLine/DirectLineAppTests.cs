using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.DirectLine;

/// <summary>
/// The base of the Direct Line test classes: the real app with Direct Line on (secret <see cref="DirectLineApi.Secret"/>)
/// and the <paramref name="settings"/> the class adds, started afresh for every test, with a Direct Line client for it.
/// </summary>
public abstract class DirectLineAppTests(params string[] settings) : AppPerTest([$"DirectLine:Secret={DirectLineApi.Secret}", .. settings])
{
    protected DirectLineApi Api { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Api = new DirectLineApi(Host.Client);
    }
}
