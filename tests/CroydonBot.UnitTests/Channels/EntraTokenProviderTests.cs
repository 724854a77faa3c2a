using CroydonBot.Bot;
using CroydonBot.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Channels;

public sealed class EntraTokenProviderTests
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/uk/";
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));

    private EntraTokenProvider Provider(TokenEndpointStub stub, BotOptions? bot = null) => new(
        new HttpClient(stub),
        Options.Create(bot ?? new BotOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret" }),
        Options.Create(new ChannelAuthOptions()),
        new TrustedServiceUrls(Options.Create(new ChannelAuthOptions())),
        _time,
        NullLogger<EntraTokenProvider>.Instance);

    [Fact]
    public async Task TokenIsReusedUntilFiveMinutesBeforeItExpires()
    {
        var stub = new TokenEndpointStub(expiresIn: 3600);
        var provider = Provider(stub);

        var first = await provider.GetTokenAsync(TeamsServiceUrl, default);
        _time.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await provider.GetTokenAsync(TeamsServiceUrl, default);
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await provider.GetTokenAsync(TeamsServiceUrl, default);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", stillCached);
        Assert.Equal("token-2", renewed);
    }

    [Fact]
    public async Task ConcurrentRepliesShareOneTokenRequest()
    {
        var stub = new TokenEndpointStub();
        var provider = Provider(stub);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => provider.GetTokenAsync(TeamsServiceUrl, default))));

        Assert.Equal(1, stub.Requests);
        Assert.All(tokens, t => Assert.Equal("token-1", t));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("https://attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/uk/")]
    public async Task ServiceUrlNobodyVouchedForGetsNoToken(string serviceUrl)
    {
        var stub = new TokenEndpointStub();

        var token = await Provider(stub).GetTokenAsync(serviceUrl, default);

        Assert.Null(token);
        Assert.Equal(0, stub.Requests);
    }

    [Fact]
    public void MultiTenantBotsAskTheBotFrameworkTenant()
    {
        var url = EntraTokenProvider.TokenEndpoint(new BotOptions { MicrosoftAppType = "MultiTenant", MicrosoftAppTenantId = "ignored" }, new ChannelAuthOptions());

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", url.AbsoluteUri);
    }

    [Fact]
    public void SingleTenantBotsAskTheirOwnTenant()
    {
        var url = EntraTokenProvider.TokenEndpoint(new BotOptions { MicrosoftAppType = "singletenant", MicrosoftAppTenantId = "contoso-tenant" }, new ChannelAuthOptions());

        Assert.Equal("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token", url.AbsoluteUri);
    }
}
