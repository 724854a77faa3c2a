using System.Net;
using System.Net.Http.Json;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using static CroydonBot.IntegrationTests.Infrastructure.FakeIdentityProvider;

namespace CroydonBot.IntegrationTests.Channels;

/// <summary>/api/messages with MicrosoftAppId set: only genuine channel tokens get through (protocol.md (c)).</summary>
public sealed class ChannelAuthenticationTests(AuthenticatedBot fixture) : IClassFixture<AuthenticatedBot>
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/uk/";
    private HttpClient Client => fixture.Bot.Client;
    private FakeIdentityProvider Identity => fixture.Identity;

    [Fact]
    public async Task ValidChannelTokenIsAccepted()
    {
        using var response = await Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), "Bearer " + ChannelToken(Identity.ChannelKey, AuthenticatedBot.AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        Assert.NotEmpty(replies!.Activities);
    }

    [Fact]
    public async Task RequestWithoutAuthorizationIsRejectedWhenAnAppIdIsSet()
    {
        using var response = await Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RejectionSaysNothingAboutWhatWasWrong()
    {
        var token = ChannelToken(Identity.ChannelKey, "another-app", ServiceUrl);

        using var response = await Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), "Bearer " + token);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("audience", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("IDX", body, StringComparison.Ordinal);
        Assert.DoesNotContain(token, body, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "another audience", "aud" },
        { "expired six minutes ago, beyond the 5 minutes' skew", "expired" },
        { "another serviceUrl", "serviceurl" },
        { "an unknown issuer", "issuer" },
        { "a key not endorsed for msteams", "endorsement" },
        { "a key the metadata does not list", "key" },
        { "no serviceurl claim", "noserviceurl" },
        { "Basic instead of Bearer", "basic" },
        { "not a JWT", "garbage" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task TokenIsRejected(string because, string kind)
    {
        var key = Identity.ChannelKey;
        var header = kind switch
        {
            "aud" => "Bearer " + ChannelToken(key, "00000000-0000-0000-0000-000000000000", ServiceUrl),
            "expired" => "Bearer " + ChannelToken(key, AuthenticatedBot.AppId, ServiceUrl, DateTime.UtcNow.AddMinutes(-6)),
            "serviceurl" => "Bearer " + ChannelToken(key, AuthenticatedBot.AppId, "https://attacker.example/"),
            "issuer" => "Bearer " + ChannelToken(key, AuthenticatedBot.AppId, ServiceUrl, issuer: "https://api.botframework.example"),
            "endorsement" => "Bearer " + ChannelToken(Identity.WebChatOnlyKey, AuthenticatedBot.AppId, ServiceUrl),
            "key" => "Bearer " + ChannelToken(new SigningKey(key.Kid, System.Security.Cryptography.RSA.Create(2048), null), AuthenticatedBot.AppId, ServiceUrl),
            "noserviceurl" => "Bearer " + Sign(key, ChannelIssuer, AuthenticatedBot.AppId, null, new Dictionary<string, object> { ["ver"] = "1.0" }),
            "basic" => "Basic " + Convert.ToBase64String("bot:secret"u8.ToArray()),
            _ => "Bearer not.a.jwt",
        };

        using var response = await Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), header);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"A token with {because} was answered {(int)response.StatusCode}, not 401.");
    }

    [Fact]
    public async Task TokenExpiredFourMinutesAgoIsAcceptedWithinTheClockSkew()
    {
        var token = ChannelToken(Identity.ChannelKey, AuthenticatedBot.AppId, ServiceUrl, DateTime.UtcNow.AddMinutes(-4));

        using var response = await Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ServiceUrlClaimMatchesWithOrWithoutTheTrailingSlash()
    {
        var token = ChannelToken(Identity.ChannelKey, AuthenticatedBot.AppId, ServiceUrl.TrimEnd('/'));

        using var response = await Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EntraTokenWithTheCallersAppIdIsAccepted(string version)
    {
        var token = EntraToken(Identity.EntraKey, AuthenticatedBot.AppId, AuthenticatedBot.AppId, version);
        var activity = AuthenticatedPosts.TeamsMessage("hello", "http://127.0.0.1:9/");
        activity.ChannelId = "emulator";

        using var response = await Client.PostAsync(activity, "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EntraTokenFromAnotherTenantIsRejected()
    {
        var token = EntraToken(Identity.EntraKey, AuthenticatedBot.AppId, AuthenticatedBot.AppId, "2.0", tenant: "11111111-2222-3333-4444-555555555555");

        using var response = await Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task EntraTokenWithoutTheCallersAppIdIsRejected()
    {
        var token = Sign(Identity.EntraKey, $"https://sts.windows.net/{BotFrameworkTenant}/", AuthenticatedBot.AppId, null, new Dictionary<string, object> { ["ver"] = "1.0" });

        using var response = await Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

}
