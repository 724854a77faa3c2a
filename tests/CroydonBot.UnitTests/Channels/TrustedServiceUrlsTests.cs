using CroydonBot.Channels;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Channels;

public sealed class TrustedServiceUrlsTests
{
    private static TrustedServiceUrls Create(params string[] extraHosts) =>
        new(Options.Create(new ChannelAuthOptions { TrustedServiceUrlHosts = [.. extraHosts] }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://europe.directline.botframework.com/")]
    [InlineData("https://teams.microsoft.com/api")]
    public void BotFrameworkHostsOverTlsAreTrusted(string serviceUrl) => Assert.True(Create().IsTrusted(serviceUrl));

    [Theory]
    [InlineData("https://botframework.com.attacker.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("not a url")]
    public void OtherHostsAreNot(string serviceUrl) => Assert.False(Create().IsTrusted(serviceUrl));

    [Fact]
    public void ServiceUrlVouchedForByATokenIsTrustedWithOrWithoutItsTrailingSlash()
    {
        var trusted = Create();

        trusted.Add("http://127.0.0.1:5000/connector/");

        Assert.True(trusted.IsTrusted("http://127.0.0.1:5000/connector"));
        Assert.False(trusted.IsTrusted("http://127.0.0.1:5001/connector"));
    }

    [Fact]
    public void HostsTheOperatorAddsAreTrusted() => Assert.True(Create("localhost").IsTrusted("http://localhost:56150/_connector"));
}
