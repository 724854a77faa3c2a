using System.Net;
using System.Net.Http.Json;
using CroydonBot.DirectLine;
using CroydonBot.Protocol;
using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.DirectLine;

public sealed class DirectLineTokenExpiryTests
{
    [Fact]
    public async Task AnExpiredTokenIsRefusedWith403TokenExpiredAndCannotBeRefreshed()
    {
        await using var host = await BotHost.StartAsync($"DirectLine:Secret={DirectLineApi.Secret}", "DirectLine:TokenLifetime=00:00:01");
        var api = new DirectLineApi(host.Client);
        // Started with the secret, which never expires; the token it hands back lives for one second.
        using var start = await api.SendAsync(HttpMethod.Post, "conversations", DirectLineApi.Secret);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversation = (await start.Content.ReadFromJsonAsync<DirectLineConversationResponse>(ProtocolJson.Options))!;

        // Poll rather than sleep a fixed time: the token must stop working once its second is over.
        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(200);
            response = await api.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities", conversation.Token);
        }
        while (response.StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline);
        using var refresh = await api.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineApi.ErrorCodeAsync(response));
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineApi.ErrorCodeAsync(refresh));
        response.Dispose();
    }
}
