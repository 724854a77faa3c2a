using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>
/// Finding 8: appsettings.json set "Urls", which overrode the standard ways a host says where to listen.
/// Each way is tested on the real process.
/// </summary>
public sealed class HostingTests
{
    [Fact]
    public async Task AspNetCoreUrlsIsWhereItListens()
    {
        var port = AppProcess.FreePort();
        await using var app = AppProcess.Start(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });

        Assert.True(await app.AnswersAtAsync($"http://127.0.0.1:{port}"));
    }

    [Fact]
    public async Task AspNetCoreHttpPortsAsTheContainerImagesSetItIsWhereItListens()
    {
        var port = AppProcess.FreePort();
        await using var app = AppProcess.Start(new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(await app.AnswersAtAsync($"http://127.0.0.1:{port}"));
    }

    [Fact]
    public async Task PortAsPlatformHostsSetItIsWhereItListens()
    {
        var port = AppProcess.FreePort();
        await using var app = AppProcess.Start(new Dictionary<string, string> { ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(await app.AnswersAtAsync($"http://127.0.0.1:{port}"));
    }

    [Fact]
    public void AppSettingsSetsNoUrlsAndTheLaunchProfileUsesPort3978()
    {
        var appSettings = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "CroydonBot", "appsettings.json"));
        var launch = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "CroydonBot", "Properties", "launchSettings.json"));

        Assert.DoesNotContain("\"Urls\"", appSettings, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"applicationUrl\": \"http://localhost:3978\"", launch, StringComparison.Ordinal);
    }
}
