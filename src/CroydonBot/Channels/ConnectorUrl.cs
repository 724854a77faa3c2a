namespace CroydonBot.Channels;

/// <summary>Builds connector URLs the way BotBuilder's Conversations.cs does.</summary>
public static class ConnectorUrl
{
    /// <summary>
    /// serviceUrl with a trailing slash added if missing (Teams has one, the Playground does not), and the
    /// ids escaped, because Teams conversation ids contain ':', ';' and '@'.
    /// </summary>
    public static Uri ForReply(string serviceUrl, string conversationId, string? replyToId)
    {
        var root = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }
        return new Uri(new Uri(root), path);
    }
}
