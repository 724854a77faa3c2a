using System.Net.Http.Headers;
using System.Net.Http.Json;
using CroydonBot.DirectLine;
using CroydonBot.Protocol;
using Microsoft.Extensions.Options;

namespace CroydonBot.WebChat;

/// <summary>
/// Exchanges the Azure Direct Line secret for a token with POST {domain}/tokens/generate, binding the token
/// to the visitor's user id so the conversation is theirs alone.
/// </summary>
public sealed class DirectLineTokenClient(HttpClient http, IOptions<WebChatOptions> options) : IWebChatTokenSource
{
    public async Task<WebChatToken> GetTokenAsync(HttpRequest request, string userId, CancellationToken cancellationToken)
    {
        var domain = options.Value.DirectLineDomain.TrimEnd('/');
        using var message = new HttpRequestMessage(HttpMethod.Post, domain + "/tokens/generate")
        {
            Content = JsonContent.Create(new TokenParameters { User = new ChannelAccount { Id = userId } }, options: ProtocolJson.Options),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.DirectLineSecret);
        using var response = await http.SendAsync(message, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Direct Line tokens/generate answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
        var conversation = await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>(ProtocolJson.Options, cancellationToken)
            ?? throw new HttpRequestException("Direct Line tokens/generate answered with an empty body.");
        return new WebChatToken(conversation.Token, conversation.ConversationId, conversation.ExpiresIn, domain, userId);
    }
}
