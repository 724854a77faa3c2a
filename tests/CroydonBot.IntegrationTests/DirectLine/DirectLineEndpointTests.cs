using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CroydonBot.DirectLine;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.DirectLine;

public sealed class DirectLineEndpointTests() : DirectLineAppTests(RecordingConnector.AllowLoopback)
{
    [Fact]
    public async Task GeneratingATokenGivesAThirtyMinuteTokenForANewConversation()
    {
        var generated = await Api.GenerateTokenAsync();

        Assert.False(string.IsNullOrEmpty(generated.ConversationId));
        Assert.Equal(3, generated.Token.Split('.').Length);
        Assert.Equal(1800, generated.ExpiresIn);
        Assert.Null(generated.StreamUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-secret")]
    public async Task GeneratingATokenWithoutTheSecretIsUnauthorized(string? bearer)
    {
        using var response = await Api.SendAsync(HttpMethod.Post, "tokens/generate", bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", await DirectLineApi.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task ATokenCannotGenerateAnotherToken()
    {
        var generated = await Api.GenerateTokenAsync();

        using var response = await Api.SendAsync(HttpMethod.Post, "tokens/generate", generated.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StartingAConversationReturns201WithAWebSocketStreamUrlAnd200TheSecondTime()
    {
        var generated = await Api.GenerateTokenAsync();

        using var first = await Api.SendAsync(HttpMethod.Post, "conversations", generated.Token);
        using var second = await Api.SendAsync(HttpMethod.Post, "conversations", generated.Token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var started = await DirectLineApi.ConversationAsync(first);
        Assert.Equal(generated.ConversationId, started.ConversationId);
        Assert.StartsWith("ws://", started.StreamUrl);
        Assert.Contains($"/v3/directline/conversations/{generated.ConversationId}/stream", started.StreamUrl);
        Assert.Equal(1800, started.ExpiresIn);
    }

    [Fact]
    public async Task StartingAConversationWithTheSecretCreatesANewOneEachTime()
    {
        using var first = await Api.SendAsync(HttpMethod.Post, "conversations", DirectLineApi.Secret);
        using var second = await Api.SendAsync(HttpMethod.Post, "conversations", DirectLineApi.Secret);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var a = await DirectLineApi.ConversationAsync(first);
        var b = await DirectLineApi.ConversationAsync(second);
        Assert.NotEqual(a.ConversationId, b.ConversationId);
        Assert.NotEqual(DirectLineApi.Secret, a.Token);
    }

    [Fact]
    public async Task StartingAConversationBringsTheWelcomeButNotTheConversationUpdate()
    {
        var conversation = await Api.StartAsync();

        var set = await Api.WaitForActivitiesAsync(conversation, 1);

        var welcome = Assert.Single(set.Activities);
        Assert.Equal(ActivityTypes.Message, welcome.Type);
        Assert.Equal("croydonbot", welcome.From!.Id);
        Assert.NotNull(welcome.SuggestedActions);
        Assert.Equal("1", set.Watermark);
    }

    [Fact]
    public async Task TheUsersMessageComesBackWithItsIdAndClientActivityIdBeforeTheAnswer()
    {
        var conversation = await Api.StartAsync();
        var afterWelcome = (await Api.WaitForActivitiesAsync(conversation, 1)).Watermark;

        var id = await Api.PostMessageAsync(conversation, "what did ofsted say in 2024", "client-42");
        var set = await Api.WaitForActivitiesAsync(conversation, 2, afterWelcome);

        var echo = set.Activities[0];
        Assert.Equal(id, echo.Id);
        Assert.StartsWith(conversation.ConversationId + "|", id);
        Assert.Equal("what did ofsted say in 2024", echo.Text);
        Assert.Equal("client-42", echo.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.From!.Role);
        Assert.NotNull(echo.Timestamp);
        var answer = set.Activities[1];
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(answer));
        Assert.Contains("Source", answer.Text);
        Assert.Equal(id, answer.ReplyToId);
        Assert.Equal("3", set.Watermark);
    }

    [Fact]
    public async Task PollingFromTheLatestWatermarkReturnsNothingNewUntilSomethingHappens()
    {
        var conversation = await Api.StartAsync();
        var all = await Api.WaitForActivitiesAsync(conversation, 1);

        var nothingNew = await Api.GetActivitiesAsync(conversation, all.Watermark);
        await Api.PostMessageAsync(conversation, "hello", "c1");
        var next = await Api.WaitForActivitiesAsync(conversation, 2, all.Watermark);
        var fromStart = await Api.GetActivitiesAsync(conversation, "0");

        Assert.Empty(nothingNew.Activities);
        Assert.Equal(all.Watermark, nothingNew.Watermark);
        Assert.Equal("hello", next.Activities[0].Text);
        Assert.True(long.Parse(next.Watermark!) > long.Parse(all.Watermark!));
        Assert.Equal(fromStart.Activities.Select(a => a.Id), all.Activities.Concat(next.Activities).Select(a => a.Id));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task AWatermarkThatIsNotOursIsABadArgument(string watermark)
    {
        var conversation = await Api.StartAsync();

        using var response = await Api.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineApi.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task ATokenForOneConversationCannotReadOrPostToAnother()
    {
        var mine = await Api.StartAsync();
        var theirs = await Api.StartAsync();

        using var read = await Api.SendAsync(HttpMethod.Get, $"conversations/{theirs.ConversationId}/activities", mine.Token);
        using var post = await Api.SendAsync(HttpMethod.Post, $"conversations/{theirs.ConversationId}/activities", mine.Token, DirectLineApi.WebChatMessage("hi", "x"));
        using var reconnect = await Api.SendAsync(HttpMethod.Get, $"conversations/{theirs.ConversationId}", mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal("Forbidden", await DirectLineApi.ErrorCodeAsync(read));
        var theirLog = await Api.GetActivitiesAsync(theirs);
        Assert.DoesNotContain(theirLog.Activities, a => a.Text == "hi");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb252IjoieCIsImV4cCI6NDEwMjQ0NDgwMH0.c2lnbmVkLWJ5LXNvbWVvbmUtZWxzZQ")]
    public async Task AMissingOrForgedTokenIsUnauthorized(string? bearer)
    {
        var conversation = await Api.StartAsync();

        using var response = await Api.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities", bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", await DirectLineApi.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsUnauthorized()
    {
        await using var other = await BotHost.StartAsync($"DirectLine:Secret={DirectLineApi.Secret}");
        var foreign = await new DirectLineApi(other.Client).StartAsync();

        using var response = await Api.SendAsync(HttpMethod.Post, "tokens/refresh", foreign.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RefreshingGivesANewTokenThatStillWorks()
    {
        var conversation = await Api.StartAsync();

        using var response = await Api.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = await DirectLineApi.ConversationAsync(response);
        Assert.NotEqual(conversation.Token, refreshed.Token);
        Assert.Equal(conversation.ConversationId, refreshed.ConversationId);
        Assert.Equal(1800, refreshed.ExpiresIn);
        var set = await Api.WaitForActivitiesAsync(conversation with { Token = refreshed.Token }, 1);
        Assert.NotEmpty(set.Activities);
    }

    [Fact]
    public async Task ReconnectingGivesAFreshStreamUrlFromTheWatermark()
    {
        var conversation = await Api.StartAsync();

        using var response = await Api.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}?watermark=1", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reconnected = await DirectLineApi.ConversationAsync(response);
        Assert.Equal(conversation.ConversationId, reconnected.ConversationId);
        Assert.StartsWith("ws://", reconnected.StreamUrl);
        Assert.Contains("watermark=1&", reconnected.StreamUrl);
    }

    [Fact]
    public async Task AConversationThatWasNeverStartedIsNotFound()
    {
        var generated = await Api.GenerateTokenAsync();

        using var response = await Api.SendAsync(HttpMethod.Get, $"conversations/{generated.ConversationId}/activities", generated.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", await DirectLineApi.ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("[1,2,3]")]
    public async Task ABadActivityIsRefusedWith400(string body)
    {
        var conversation = await Api.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation.ConversationId}/activities")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", conversation.Token);

        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await DirectLineApi.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task ATokenBoundToAUserDecidesWhoIsSpeaking()
    {
        var conversation = await Api.StartAsync("dl_young-person");

        await Api.PostMessageAsync(conversation, "hello", "c1");
        var set = await Api.WaitForActivitiesAsync(conversation, 2);

        var echo = Assert.Single(set.Activities, a => a.Text == "hello");
        Assert.Equal("dl_young-person", echo.From!.Id);
    }

    [Fact]
    public async Task RepliesToAnActivityOnApiMessagesStillGoToItsConnectorEvenWithADirectLineConversationId()
    {
        var conversation = await Api.StartAsync();
        await using var connector = await RecordingConnector.StartAsync();
        var activity = Activities.Message("hello", conversation.ConversationId, connector.ServiceUrl(), expectReplies: false);
        activity.ChannelId = "webchat";

        using var response = await Host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);

        Assert.True(response.IsSuccessStatusCode);
        await connector.WaitForAsync(1, r => r.Activity.Type == ActivityTypes.Message);
        var log = await Api.GetActivitiesAsync(conversation);
        Assert.DoesNotContain(log.Activities, a => a.Text == "hello");
    }
}
