using CroydonBot.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Channels;

public sealed class ServiceUrlAllowListTests
{
    private static ServiceUrlAllowList Create(string environment = "Production", params string[] hosts) =>
        new(Options.Create(new ChannelSecurityOptions { AllowedServiceUrlHosts = [.. hosts] }), new HostingEnvironment { EnvironmentName = environment });

    [Theory]
    [InlineData("https://smba.trafficmanager.net/uk/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/")]
    public void BotFrameworkChannelHostsOverHttpsAreAllowedByDefault(string serviceUrl) => Assert.True(Create().IsAllowed(serviceUrl));

    [Theory]
    [InlineData("http://smba.trafficmanager.net/uk/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://localhost:9/")]
    [InlineData("http://[::1]:80/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://user@10.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void EverythingElseIsNot(string? serviceUrl) => Assert.False(Create().IsAllowed(serviceUrl));

    [Fact]
    public void AHostTheOperatorListedIsAllowedWithItsSubdomainsOnAnyScheme()
    {
        var allowList = Create("Production", "connector.example.org");

        Assert.True(allowList.IsAllowed("http://connector.example.org:8080/"));
        Assert.True(allowList.IsAllowed("https://eu.connector.example.org/"));
        Assert.False(allowList.IsAllowed("https://connector.example.org.evil.example/"));
    }

    [Fact]
    public void LoopbackIsAllowedOnlyInDevelopmentForTheEmulator()
    {
        Assert.True(Create(Environments.Development).IsAllowed("http://localhost:56789/"));
        Assert.False(Create(Environments.Production).IsAllowed("http://localhost:56789/"));
        Assert.False(Create(Environments.Development).IsAllowed("http://169.254.169.254/"));
    }
}
