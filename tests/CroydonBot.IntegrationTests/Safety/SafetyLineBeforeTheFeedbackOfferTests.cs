using System.Net.Http.Json;
using System.Text.Json;
using CroydonBot.IntegrationTests.Dialogs;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Safety;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Safety;

/// <summary>
/// Round AT (safe-at): a message the safeguarding check is unsure of (the Uncertain tier) that the router offers as feedback gets the
/// check's line before the offer, on Web Chat (markdown text) and on Teams (the card's first block), once. Over /api/messages on the
/// real app (Kestrel, real seeds, models and yaml); the phrasing is this test's own.
/// </summary>
public sealed class SafetyLineBeforeTheFeedbackOfferTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string LineStart = "If you are not safe right now";
    private const string AsksToTell = "i want to complain about my foster carer, she grabbed my arm hard last night and i was scared";

    [Fact]
    public async Task OnWebChatTheSafetyLineComesBeforeTheOffer()
    {
        AssertUncertain(AsksToTell);

        var reply = await SendAsync("webchat", AsksToTell);

        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(reply));
        Assert.StartsWith(LineStart, reply.Text);
        Assert.Contains("Shall I send this", reply.Text, StringComparison.Ordinal);
        Assert.Single(reply.Text!.Split(LineStart), part => part.Length > 0);
    }

    [Fact]
    public async Task OnTeamsTheSafetyLineIsTheOfferCardsFirstBlock()
    {
        AssertUncertain(AsksToTell);

        var reply = await SendAsync("msteams", AsksToTell);

        var card = JsonSerializer.SerializeToElement(Assert.Single(reply.Attachments!).Content, ProtocolJson.Options);
        var texts = card.GetProperty("body").EnumerateArray().Where(b => b.TryGetProperty("text", out _))
            .Select(b => b.GetProperty("text").GetString()!).ToList();
        Assert.StartsWith(LineStart, texts[0]);
        Assert.Contains(texts, t => t.Contains("Shall I send this", StringComparison.Ordinal));
        Assert.Single(texts, t => t.StartsWith(LineStart, StringComparison.Ordinal));
        Assert.StartsWith(LineStart, card.GetProperty("speak").GetString());
    }

    private void AssertUncertain(string message)
    {
        // The case must really be Uncertain for the committed yaml and model: otherwise it tests nothing.
        var assessment = fixture.Host.Services.GetRequiredService<LayeredSafeguardingCheck>().Assess(message, []);
        Assert.True(assessment.Tier == SafeguardingTier.Uncertain, $"not Uncertain any more, pick another phrasing: {assessment}");
    }

    private async Task<Activity> SendAsync(string channelId, string text)
    {
        var activity = Activities.Message(text, Guid.NewGuid().ToString("N"));
        activity.ChannelId = channelId;
        using var response = await fixture.Host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        return body!.Activities.First(a => a.Type == ActivityTypes.Message);
    }
}
