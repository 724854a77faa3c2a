using System.Net;
using CroydonBot.IntegrationTests.Infrastructure;
using static CroydonBot.IntegrationTests.Infrastructure.FakeIdentityProvider;

namespace CroydonBot.IntegrationTests.Channels;

/// <summary>Keys rotate at any time: a token naming a key the bot has not seen makes it re-read the metadata.</summary>
public sealed class KeyRotationTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/uk/";

    [Fact]
    public async Task KeyPublishedAfterTheFirstRequestIsFetchedWhenATokenNamesIt()
    {
        // Its own bot, so no other test has just used up the forced refresh.
        await using var identity = await FakeIdentityProvider.StartAsync();
        await using var bot = await BotHost.StartAsync(identity.BotSettings(AuthenticatedBot.AppId));
        using (var warm = await bot.Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), "Bearer " + ChannelToken(identity.ChannelKey, AuthenticatedBot.AppId, ServiceUrl)))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }
        var readsBefore = identity.MetadataReads;
        var rotated = identity.AddChannelKey("bf-key-2", "msteams");

        using var response = await bot.Client.PostAsync(AuthenticatedPosts.TeamsMessage("hello", ServiceUrl), "Bearer " + ChannelToken(rotated, AuthenticatedBot.AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(identity.MetadataReads > readsBefore, "The metadata was not read again for the new key id.");
    }
}
