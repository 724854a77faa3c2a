using System.Net;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using Microsoft.AspNetCore.Http;
using static CroydonBot.IntegrationTests.Infrastructure.FakeIdentityProvider;

namespace CroydonBot.IntegrationTests.Channels;

/// <summary>Replies with MicrosoftAppId set: the bot's Entra token goes only where it belongs, and busy connectors are retried.</summary>
public sealed class ConnectorAuthenticationTests(AuthenticatedBot fixture) : IClassFixture<AuthenticatedBot>
{
    private RecordingConnector Connector => fixture.Connector;

    [Fact]
    public async Task ReplyToTheServiceUrlAChannelTokenVouchedForCarriesTheBotsToken()
    {
        var activity = await SendAsync(ChannelTokenFor(Connector.ServiceUrl()));

        var replies = await Connector.WaitForAsync(1, r => r.Activity.Conversation?.Id == activity.Conversation!.Id);

        Assert.Matches("^Bearer bot-token-[0-9]+$", replies[0].Authorization);
        var request = fixture.Identity.TokenRequests[^1];
        Assert.Equal("botframework.com", request.Tenant);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(AuthenticatedBot.AppId, request.Form["client_id"]);
        Assert.Equal("secret-for-tests", request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task TokenIsFetchedOnceAndReusedForLaterReplies()
    {
        var first = await SendAsync(ChannelTokenFor(Connector.ServiceUrl()));
        await Connector.WaitForAsync(1, r => r.Activity.Conversation?.Id == first.Conversation!.Id);
        var fetched = fixture.Identity.TokenRequests.Count;

        var second = await SendAsync(ChannelTokenFor(Connector.ServiceUrl()));
        var replies = await Connector.WaitForAsync(1, r => r.Activity.Conversation?.Id == second.Conversation!.Id);

        Assert.Equal(fetched, fixture.Identity.TokenRequests.Count);
        Assert.StartsWith("Bearer bot-token-", replies[0].Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyToAServiceUrlNoTokenVouchedForCarriesNoToken()
    {
        // An Entra token has no serviceurl claim, and a loopback connector is no Bot Framework host.
        var token = EntraToken(fixture.Identity.EntraKey, AuthenticatedBot.AppId, AuthenticatedBot.AppId, "2.0");
        var activity = await SendAsync(token, channelId: "emulator");

        var replies = await Connector.WaitForAsync(1, r => r.Activity.Conversation?.Id == activity.Conversation!.Id);

        Assert.Equal("", replies[0].Authorization);
    }

    [Fact]
    public async Task BusyConnectorIsRetriedUntilItAcceptsTheReply()
    {
        Connector.RespondWith(StatusCodes.Status503ServiceUnavailable, StatusCodes.Status429TooManyRequests, StatusCodes.Status201Created);
        Connector.RetryAfterSeconds = 1;
        try
        {
            var activity = await SendAsync(ChannelTokenFor(Connector.ServiceUrl()));

            var attempts = await Connector.WaitForAsync(3, r => r.Activity.Conversation?.Id == activity.Conversation!.Id);

            Assert.Equal(3, attempts.Count);
            Assert.All(attempts, a => Assert.Equal(attempts[0].Activity.Text, a.Activity.Text));
        }
        finally
        {
            Connector.RetryAfterSeconds = null;
        }
    }

    [Fact]
    public async Task FailingConnectorIsTriedOnlyTheConfiguredNumberOfTimes()
    {
        Connector.StatusCode = StatusCodes.Status500InternalServerError;
        try
        {
            var activity = await SendAsync(ChannelTokenFor(Connector.ServiceUrl()));
            await Connector.WaitForAsync(3, r => r.Activity.Conversation?.Id == activity.Conversation!.Id);

            // The bot gives up after the third attempt (MaxRetries=2); give a fourth the time to show up if it would.
            await Task.Delay(TimeSpan.FromSeconds(1));

            Assert.Equal(3, Connector.Requests.Count(r => r.Activity.Conversation?.Id == activity.Conversation!.Id));
        }
        finally
        {
            Connector.StatusCode = StatusCodes.Status201Created;
        }
    }

    private string ChannelTokenFor(string serviceUrl) => ChannelToken(fixture.Identity.ChannelKey, AuthenticatedBot.AppId, serviceUrl);

    private async Task<Activity> SendAsync(string token, string channelId = "msteams")
    {
        var activity = AuthenticatedPosts.TeamsMessage("hello", Connector.ServiceUrl(), expectReplies: false);
        activity.ChannelId = channelId;
        using var response = await fixture.Bot.Client.PostAsync(activity, "Bearer " + token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The bot answered {(int)response.StatusCode} to an authenticated message.");
        return activity;
    }
}
