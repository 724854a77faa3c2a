using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// Round AG (ofsted-ag): who led each inspection and the one before (asked with "b4"), and Camden's part in Croydon's own
/// story. Each phrasing is our own, and each got another section (or "I only know about Croydon") on the base of the round.
/// </summary>
public sealed class OfstedFollowUpTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task TheLeadInspectorAndTheOneBeforeAreNamed()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var latest = await conversation.ReplyAsync("which inspector was in charge when ofsted came in 2024");
        Assert.Contains("Kennet", latest.Text, StringComparison.Ordinal);

        var before = await conversation.ReplyAsync("n the one b4 that");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(before));
        Assert.Contains("Geere", before.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CamdensPartInCroydonsStoryIsNoOtherCouncilsQuestion()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("did the government send a commissioner when croydon failed");

        var camden = await conversation.ReplyAsync("and how long was camden supporting them");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(camden));
        Assert.Contains("Camden", camden.Text, StringComparison.Ordinal);
    }
}
