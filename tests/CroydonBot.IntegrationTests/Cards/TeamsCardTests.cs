using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Cards;

/// <summary>Answers on Teams come as Adaptive Cards whose buttons work; other channels keep text and suggested actions.</summary>
public sealed class TeamsCardTests : IAsyncLifetime
{
    private const string Question = "What can I get as a care leaver?";
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<Activity> SendAsync(string channelId, string conversationId, string? text, string? valueJson = null)
    {
        var activity = Activities.Message(text ?? "", conversationId);
        activity.ChannelId = channelId;
        activity.Text = text;
        activity.Value = valueJson is null ? null : JsonDocument.Parse(valueJson).RootElement;
        using var response = await _host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        return Assert.Single(body!.Activities, a => a.Type == ActivityTypes.Message);
    }

    private static JsonElement CardOf(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return JsonSerializer.SerializeToElement(attachment.Content, ProtocolJson.Options);
    }

    [Fact]
    public async Task TeamsAnswerIsAnAdaptiveCardWithTheAnswerItsSourceAndButtons()
    {
        var reply = await SendAsync("msteams", "teams-1", Question);

        var card = CardOf(reply);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var texts = card.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()!).ToList();
        Assert.Contains(texts, t => t.Contains("care leaver", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.Contains("Source", StringComparison.Ordinal));
        // The submit buttons; a source with an address adds an Action.OpenUrl, which carries no data.
        var actions = card.GetProperty("actions").EnumerateArray().Where(a => a.GetProperty("type").GetString() == "Action.Submit")
            .Select(a => a.GetProperty("data").GetProperty("action").GetString()).ToList();
        Assert.Contains("helpful", actions);
        Assert.Null(reply.SuggestedActions);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(reply));
    }

    [Fact]
    public async Task OtherChannelsGetPlainTextWithSuggestedActions()
    {
        var reply = await SendAsync("webchat", "webchat-1", Question);

        Assert.Null(reply.Attachments);
        Assert.Contains(reply.SuggestedActions!.Actions, a => a.Title == "Tell me more" || a.Title!.Contains("Helpful", StringComparison.Ordinal));
        Assert.Contains("Source", reply.Text);
    }

    [Fact]
    public async Task HelpfulButtonOnTheCardIsUnderstoodAsHelpfulFeedback()
    {
        await SendAsync("msteams", "teams-2", Question);

        var reply = await SendAsync("msteams", "teams-2", null, """{"action":"helpful","text":"👍 Helpful"}""");

        Assert.Contains("Thanks for telling me", reply.Text);
    }

    [Fact]
    public async Task TellMeMoreButtonOnTheCardContinuesTheAnswer()
    {
        var answer = await SendAsync("msteams", "teams-3", Question);

        var more = await SendAsync("msteams", "teams-3", null, """{"action":"tellMeMore"}""");

        Assert.NotEqual(ReplyKinds.Fallback, ReplyChannelData.KindOf(more));
        Assert.NotEqual(answer.Text, more.Text);
    }

    [Fact]
    public async Task UnknownInvokeIsAnsweredNotImplemented()
    {
        var invoke = Activities.Message("", "teams-4");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "composeExtension/query";
        invoke.ChannelId = "msteams";
        invoke.Text = null;

        using var response = await _host.Client.PostAsJsonAsync("api/messages", invoke, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }
}
