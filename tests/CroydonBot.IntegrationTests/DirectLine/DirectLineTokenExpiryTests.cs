using System.Net;
using System.Net.Http.Json;
using CroydonBot.DirectLine;
using CroydonBot.Protocol;

namespace CroydonBot.IntegrationTests.DirectLine;

public sealed class DirectLineTokenExpiryTests() : DirectLineAppTests("DirectLine:TokenLifetime=00:00:01")
{
    [Fact]
    public async Task AnExpiredTokenIsRefusedWith403TokenExpiredAndCannotBeRefreshed()
    {
        // Started with the secret, which never expires; the token it hands back lives for one second.
        using var start = await Api.SendAsync(HttpMethod.Post, "conversations", DirectLineApi.Secret);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversation = await DirectLineApi.ConversationAsync(start);

        // Poll rather than sleep a fixed time: the token must stop working once its second is over.
        HttpResponseMessage response;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(200);
            response = await Api.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities", conversation.Token);
        }
        while (response.StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline);
        using var refresh = await Api.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineApi.ErrorCodeAsync(response));
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineApi.ErrorCodeAsync(refresh));
        response.Dispose();
    }
}
