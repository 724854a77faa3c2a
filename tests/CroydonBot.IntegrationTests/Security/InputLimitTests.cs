using System.Net;
using System.Net.Http.Json;
using System.Text;
using CroydonBot.IntegrationTests.DirectLine;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>Finding 3: what one request may cost is bounded by settings, and the answer is a 4xx problem, never a 500.</summary>
public sealed class InputLimitTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotHost.StartAsync($"DirectLine:Secret={DirectLineApi.Secret}", "RateLimits:TokensPerAddressPerMinute=3");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Words no dictionary has, so every one of them goes through spelling correction.</summary>
    private static string RandomWords(int characters)
    {
        var random = new Random(14);
        var text = new StringBuilder();
        while (text.Length < characters)
        {
            for (var i = random.Next(4, 10); i > 0; i--)
            {
                text.Append((char)('a' + random.Next(26)));
            }
            text.Append(' ');
        }
        return text.ToString(0, characters);
    }

    [Fact]
    public async Task AWallOfRandomWordsIsRefusedWith413BeforeTheBotReadsIt()
    {
        using var response = await _host.Client.PostAsJsonAsync("api/messages", Activities.Message(RandomWords(200 * 1024)), ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AMessageAtTheLimitIsAnswered()
    {
        var replies = await _host.Client.AskAsync(RandomWords(4096));

        Assert.NotEmpty(replies);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("conversation")]
    [InlineData("from")]
    public async Task AnOverlongIdIsRefusedWith400(string which)
    {
        var activity = Activities.Message("hello");
        var id = new string('x', 10_000);
        _ = which switch
        {
            "id" => activity.Id = id,
            "conversation" => activity.Conversation!.Id = id,
            _ => activity.From!.Id = id,
        };

        using var response = await _host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DirectLineRefusesAnActivityOverItsSizeLimit()
    {
        var api = new DirectLineApi(_host.Client);
        var conversation = await api.StartAsync();
        var activity = DirectLineApi.WebChatMessage("hello", "c1");
        activity.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { padding = new string('x', 40 * 1024) });

        using var response = await api.SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities", conversation.Token, activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task DirectLineRefusesAMessageOverTheTextLimit()
    {
        var api = new DirectLineApi(_host.Client);
        var conversation = await api.StartAsync();

        using var response = await api.SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities", conversation.Token,
            DirectLineApi.WebChatMessage(RandomWords(5000), "c1"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task WebChatTokensBeyondThePerAddressLimitGet429WhileTheRestOfTheSiteWorks()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await _host.Client.PostAsync("api/webchat/token", null);
            statuses.Add(response.StatusCode);
        }
        using var health = await _host.Client.GetAsync("healthz");

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
