using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CroydonBot.IntegrationTests.DirectLine;
using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.WebChat;

public sealed class WebChatTokenTests
{
    [Fact]
    public async Task ThePageGetsAnEmbeddedDirectLineTokenBoundToAFreshUser()
    {
        await using var host = await BotHost.StartAsync();

        using var response = await host.Client.PostAsync("api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/v3/directline", token.GetProperty("domain").GetString());
        Assert.StartsWith("dl_", token.GetProperty("userId").GetString());
        Assert.Equal(1800, token.GetProperty("expires_in").GetInt32());
        var api = new DirectLineApi(host.Client);
        using var start = await api.SendAsync(HttpMethod.Post, "conversations", token.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
    }

    [Fact]
    public async Task WithAnAzureDomainTheSecretIsExchangedThereForAToken()
    {
        // Our own embedded Direct Line plays Azure's, so the exchange runs against a real tokens/generate.
        await using var remote = await BotHost.StartAsync($"DirectLine:Secret={DirectLineApi.Secret}");
        var domain = new Uri(remote.BaseAddress, "v3/directline").ToString();
        await using var site = await BotHost.StartAsync($"WebChat:DirectLineDomain={domain}", $"WebChat:DirectLineSecret={DirectLineApi.Secret}");

        using var response = await site.Client.PostAsync("api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(domain, token.GetProperty("domain").GetString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(DirectLineApi.Secret, body);
        var api = new DirectLineApi(remote.Client);
        using var start = await api.SendAsync(HttpMethod.Post, "conversations", token.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var started = await start.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(token.GetProperty("conversationId").GetString(), started.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task AWrongAzureSecretGivesTheVisitorA502AndNoDetail()
    {
        await using var remote = await BotHost.StartAsync($"DirectLine:Secret={DirectLineApi.Secret}");
        var domain = new Uri(remote.BaseAddress, "v3/directline").ToString();
        await using var site = await BotHost.StartAsync($"WebChat:DirectLineDomain={domain}", "WebChat:DirectLineSecret=wrong");

        using var response = await site.Client.PostAsync("api/webchat/token", null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain("wrong", await response.Content.ReadAsStringAsync());
    }
}
