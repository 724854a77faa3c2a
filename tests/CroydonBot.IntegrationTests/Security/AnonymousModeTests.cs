using System.Net;
using System.Net.Http.Json;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using Microsoft.AspNetCore.Http;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>Finding 1 (SSRF): anonymous mode is opt-in, and replies go only to allowed hosts.</summary>
public sealed class AnonymousModeTests
{
    [Fact]
    public async Task WithoutAnAppIdOrTheOptInApiMessagesRefusesEveryRequestOutsideDevelopment()
    {
        await using var host = await BotHost.StartAsync("Channels:AllowAnonymous=false");

        using var response = await host.Client.PostAsJsonAsync("api/messages", Activities.Message("hello"), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAnAppIdTheWebChatStillWorks()
    {
        await using var host = await BotHost.StartAsync("Channels:AllowAnonymous=false");

        using var response = await host.Client.PostAsync("api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1:8080/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/")]
    public async Task AReplyToAServiceUrlOffTheAllowListIsNeverSent(string serviceUrl)
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await using var host = await BotHost.StartAsync();
        var url = serviceUrl == "loopback" ? connector.ServiceUrl() : serviceUrl;

        using var response = await host.Client.PostAsJsonAsync("api/messages", Activities.Message("hello", serviceUrl: url, expectReplies: false), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task AReplyToAnAllowListedHostIsSent()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotHost.StartAsync(RecordingConnector.AllowLoopback);

        using var response = await host.Client.PostAsJsonAsync("api/messages", Activities.Message("hello", serviceUrl: connector.ServiceUrl(), expectReplies: false), ProtocolJson.Options);

        Assert.True(response.IsSuccessStatusCode);
        await connector.WaitForAsync(1, r => r.Activity.Type == ActivityTypes.Message);
    }
}
