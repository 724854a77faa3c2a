using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Protocol;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync(RecordingConnector.AllowLoopback);
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ExpectRepliesReturnsTheAnswerInTheResponseBody()
    {
        var replies = await _host.Client.AskAsync("what did ofsted say about croydon in 2024");

        var answer = Assert.Single(replies, r => r.Type == ActivityTypes.Message);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(answer));
        Assert.Contains("good", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2024", answer.Text);
        Assert.Contains("Source", answer.Text);
        Assert.Equal(InputHints.AcceptingInput, answer.InputHint);
    }

    [Fact]
    public async Task AnswersCarryTheirSourcesAsSchemaOrgCitations()
    {
        var answer = (await _host.Client.AskAsync("what did ofsted say about croydon in 2024")).Single();

        var entity = Assert.Single(answer.Entities!, e => e.Type == "https://schema.org/Message");
        var citation = entity.Properties!["citation"].EnumerateArray().First();
        Assert.Equal("Claim", citation.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(citation.GetProperty("appearance").GetProperty("name").GetString()));
        Assert.Contains("[1]", answer.Text);
    }

    [Fact]
    public async Task AGuideAnswersCitationLinksThePublicSourceItWasWrittenFromAndSaysWhenItsFactsWereChecked()
    {
        var answer = (await _host.Client.AskAsync("do care leavers get cheap bus travel in london")).Single();

        var entity = Assert.Single(answer.Entities!, e => e.Type == "https://schema.org/Message");
        var appearance = entity.Properties!["citation"].EnumerateArray().First().GetProperty("appearance");
        Assert.StartsWith("https://tfl.gov.uk/", appearance.GetProperty("url").GetString());
        Assert.Contains("https://tfl.gov.uk/", answer.Text);
        Assert.Contains("checked November 2026", answer.Text);
    }

    [Theory]
    [InlineData("/amer/")]
    [InlineData("/_connector")]
    public async Task RepliesGoBackThroughTheConnectorWithTheRightIds(string servicePath)
    {
        await using var connector = await RecordingConnector.StartAsync();
        var activity = Activities.Message("what did ofsted say about croydon in 2024", "a:1;messageid=7@thread", connector.ServiceUrl(servicePath), expectReplies: false);
        activity.Id = "f:12345";

        using var response = await _host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);

        Assert.True(response.IsSuccessStatusCode);
        var sent = (await connector.WaitForAsync(1, r => r.Activity.Type == ActivityTypes.Message)).Single();
        Assert.Equal(servicePath.TrimEnd('/') + "/v3/conversations/a%3A1%3Bmessageid%3D7%40thread/activities/f%3A12345", sent.Path);
        Assert.Equal("f:12345", sent.Activity.ReplyToId);
        Assert.Equal("bot-1", sent.Activity.From!.Id);
        Assert.Equal("user-1", sent.Activity.Recipient!.Id);
        Assert.Equal("a:1;messageid=7@thread", sent.Activity.Conversation!.Id);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(sent.Activity));
        Assert.NotNull(sent.Activity.Entities);
        Assert.Equal("", sent.Authorization); // anonymous local mode sends no token
    }

    [Fact]
    public async Task AFailingConnectorDoesNotCrashTheBot()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.StatusCode = 500;

        using var response = await _host.Client.PostAsJsonAsync("api/messages",
            Activities.Message("how do i become a young ambassador", serviceUrl: connector.ServiceUrl(), expectReplies: false), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await _host.Client.AskAsync("hello"));
    }

    [Fact]
    public async Task NewMembersAreWelcomedButNotTheBotItself()
    {
        var update = Activities.Message("", expectReplies: true);
        update.Type = ActivityTypes.ConversationUpdate;
        update.Text = null;
        update.MembersAdded = [new() { Id = "bot-1" }, new() { Id = "user-1" }];

        using var response = await _host.Client.PostAsJsonAsync("api/messages", update, ProtocolJson.Options);
        var replies = (await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options))!.Activities;

        var welcome = Assert.Single(replies);
        Assert.Contains("CroydonBot", welcome.Text);
        Assert.Contains("/privacy", welcome.Text);
        Assert.NotEmpty(welcome.SuggestedActions!.Actions);
    }

    [Fact]
    public async Task OnlyTheBotJoiningSendsNoWelcome()
    {
        var update = Activities.Message("", expectReplies: true);
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [new() { Id = "bot-1" }];

        using var response = await _host.Client.PostAsJsonAsync("api/messages", update, ProtocolJson.Options);

        Assert.Empty((await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options))!.Activities);
    }

    [Fact]
    public async Task UnknownActivityTypesAreAcceptedAndIgnored()
    {
        var activity = Activities.Message("x");
        activity.Type = "messageReaction";

        using var response = await _host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options))!.Activities);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"conversation":{"id":"1"},"serviceUrl":"http://127.0.0.1:9/"}""")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:9/"}""")]
    [InlineData("""{"type":"message","conversation":{"id":"1"}}""")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task MalformedActivitiesGetA400WithProblemDetails(string body)
    {
        using var response = await _host.Client.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("Exception", problem.ToString());
    }

    [Fact]
    public async Task AWrongContentTypeGets415()
    {
        using var response = await _host.Client.PostAsync("api/messages", new StringContent("type=message", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task AnOversizedBodyGets413()
    {
        var activity = Activities.Message(new string('a', ActivityRequest.MaxBodyBytes + 10));

        using var response = await _host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task GetIsNotAllowed()
    {
        using var response = await _host.Client.GetAsync("api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task LuceneSyntaxIsJustAQuestion()
    {
        var replies = await _host.Client.AskAsync("AND (( \"* ofsted:2024 ~^");

        var reply = Assert.Single(replies);
        Assert.NotNull(ReplyChannelData.KindOf(reply));
    }

    [Theory]
    [InlineData("can i get help at ١٨")]
    [InlineData("what happened in 19٢٠")]
    [InlineData("what did ofsted say in ۲۰۲۴")]
    public async Task AYearOrAgeTypedInAnotherScriptsDigitsIsAnsweredNotAnError(string text)
    {
        var replies = await _host.Client.AskAsync(text);

        var reply = Assert.Single(replies);
        Assert.DoesNotContain("went wrong", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ReplyChannelData.KindOf(reply), new[] { "answer", "fallback" });
    }
}
