using CroydonBot.DirectLine;

namespace CroydonBot.WebChat;

/// <summary>Tokens from the embedded Direct Line, made in-process: the page needs no secret and no Azure.</summary>
public sealed class EmbeddedTokenSource(DirectLineConversationStore store, DirectLineTokenService tokens) : IWebChatTokenSource
{
    public Task<WebChatToken> GetTokenAsync(HttpRequest request, string userId, CancellationToken cancellationToken)
    {
        var conversation = store.Create(userId);
        var token = tokens.Issue(conversation.Id, userId);
        // A path, not a full address: the page resolves it against its own origin, so proxies and TLS just work.
        var domain = request.PathBase + DirectLineUrls.Base;
        return Task.FromResult(new WebChatToken(token, conversation.Id, (int)tokens.Lifetime.TotalSeconds, domain, userId));
    }
}
