namespace CroydonBot.WebChat;

/// <summary>Gets a Direct Line token for a new visitor: from the embedded Direct Line or from Azure's.</summary>
public interface IWebChatTokenSource
{
    Task<WebChatToken> GetTokenAsync(HttpRequest request, string userId, CancellationToken cancellationToken);
}
