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
        // The card is the whole message: no text bubble repeating its first sentence above it.
        Assert.Null(reply.Text);
        Assert.False(string.IsNullOrWhiteSpace(reply.Summary));
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
        Assert.NotEqual(CardOf(answer).GetProperty("body")[0].GetProperty("text").GetString(), CardOf(more).GetProperty("body")[0].GetProperty("text").GetString());
    }

    private async Task<List<Activity>> SayAsync(string conversationId, string? text, string? valueJson = null)
    {
        var activity = Activities.Message(text ?? "", conversationId);
        activity.ChannelId = "msteams";
        activity.Text = text;
        activity.Value = valueJson is null ? null : JsonDocument.Parse(valueJson).RootElement;
        using var response = await _host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        return [.. body!.Activities.Where(a => a.Type == ActivityTypes.Message)];
    }

    /// <summary>The value a card's button sends, as Teams and the Playground send Action.Submit data.</summary>
    private static string Press(JsonElement card, string title)
    {
        var button = card.GetProperty("body").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(b => b.GetProperty("actions").EnumerateArray())
            .Single(a => a.GetProperty("title").GetString() == title);
        return button.GetProperty("data").GetRawText();
    }

    private static List<string> Titles(JsonElement card) =>
        [.. card.GetProperty("body").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(b => b.GetProperty("actions").EnumerateArray())
            .Select(a => a.GetProperty("title").GetString()!)];

    [Fact]
    public async Task TheFeedbackDialogOnTeamsIsCardsWhoseButtonsSendTheChoiceAndItEndsWithAReference()
    {
        const string conversation = "teams-feedback";
        var started = await SayAsync(conversation, "give feedback");
        var topic = CardOf(started[^1]);
        // Every topic is a whole button of its own, its full title, and no text bubble repeats the question.
        Assert.Equal(["Leaving care support", "Housing", "The ambassador programme", "The council's services", "This bot", "Something else"], Titles(topic));
        Assert.Null(started[^1].Text);
        Assert.Null(started[^1].SuggestedActions);

        var message = await SayAsync(conversation, null, Press(topic, "Housing"));
        Assert.Null(Assert.Single(message).Attachments);   // free text: a plain question
        var ambassador = CardOf(Assert.Single(await SayAsync(conversation, "The grant list is missing a cooker.")));
        Assert.Equal(["Yes", "No"], Titles(ambassador));
        var wantsReply = CardOf(Assert.Single(await SayAsync(conversation, null, Press(ambassador, "No"))));
        var route = CardOf(Assert.Single(await SayAsync(conversation, null, Press(wantsReply, "Yes"))));
        Assert.Contains("Through my personal adviser", Titles(route));
        var consent = CardOf(Assert.Single(await SayAsync(conversation, null, Press(route, "Here in this chat"))));
        var summary = CardOf(Assert.Single(await SayAsync(conversation, null, Press(consent, "Yes"))));

        // The summary: each answer on a line of its own, then the question and its buttons.
        var facts = summary.GetProperty("body").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "FactSet").GetProperty("facts");
        Assert.Contains(facts.EnumerateArray(), f => f.GetProperty("title").GetString() == "About" && f.GetProperty("value").GetString() == "Housing");
        Assert.Contains(facts.EnumerateArray(), f => f.GetProperty("value").GetString() == "Here in this chat");
        var change = CardOf(Assert.Single(await SayAsync(conversation, null, Press(summary, "Change something"))));
        Assert.Contains("Send it", Titles(change));

        var sent = await SayAsync(conversation, null, Press(change, "Send it"));
        Assert.Matches(@"FB-\d{4}-\d{6}", Assert.Single(sent).Text);
    }

    [Fact]
    public async Task AButtonPressIsReadByItsValueNotTakenForACommandOrAQuestion()
    {
        const string conversation = "teams-feedback-value";
        Assert.Contains("Housing", Titles(CardOf((await SayAsync(conversation, "give feedback"))[^1])));

        // The words a button carries could read as a change of mind; the value it sends is the answer.
        var next = await SayAsync(conversation, null, """{"action":"choose","choice":"housing","text":"never mind, forget it"}""");

        Assert.Contains("What would you like to tell the council?", Assert.Single(next).Text);
    }

    [Fact]
    public async Task WebChatKeepsTheFeedbackQuestionsAsTextWithSuggestedActions()
    {
        var activity = Activities.Message("give feedback", "webchat-feedback");
        activity.ChannelId = "webchat";
        using var response = await _host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        var question = body!.Activities.Last(a => a.Type == ActivityTypes.Message);

        Assert.Null(question.Attachments);
        Assert.Contains("What is your feedback about?", question.Text);
        Assert.Contains(question.SuggestedActions!.Actions, a => a.Title == "Leaving care support" && a.Type == "imBack");
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
