using System.Net;
using CroydonBot.IntegrationTests.Infrastructure;
using static CroydonBot.IntegrationTests.Infrastructure.FakeIdentityProvider;

namespace CroydonBot.IntegrationTests.Channels;

/// <summary>
/// Finding 2: an Entra token whose audience is our app id proves nothing about who asked for it; the
/// calling app (appid in v1, azp in v2) must be the bot itself or on AllowedCallers, as in BotBuilder.
/// </summary>
public sealed class AllowedCallersTests(AuthenticatedBot fixture) : IClassFixture<AuthenticatedBot>
{
    private const string OtherApp = "0f7d6c1e-5b4a-4c3d-9e2f-1a0b9c8d7e6f";

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EntraTokenFromAnotherCallingAppIsRejected(string version)
    {
        var token = EntraToken(fixture.Identity.EntraKey, AuthenticatedBot.AppId, OtherApp, version);
        var activity = AuthenticatedPosts.TeamsMessage("hello", "https://smba.trafficmanager.net/uk/");
        activity.ChannelId = "emulator";

        using var response = await fixture.Bot.Client.PostAsync(activity, "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task EntraTokenFromAnAllowedCallerIsAccepted()
    {
        await using var bot = await BotHost.StartAsync([.. fixture.Identity.BotSettings(AuthenticatedBot.AppId), $"AllowedCallers:0={OtherApp}"]);
        var token = EntraToken(fixture.Identity.EntraKey, AuthenticatedBot.AppId, OtherApp, "2.0");
        var activity = AuthenticatedPosts.TeamsMessage("hello", "https://smba.trafficmanager.net/uk/");
        activity.ChannelId = "emulator";

        using var response = await bot.Client.PostAsync(activity, "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
