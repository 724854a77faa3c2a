using CroydonBot.Protocol;

namespace CroydonBot.Channels;

/// <summary>The channel's Bot Connector API, the part the bot uses to reply.</summary>
public interface IConnectorClient
{
    /// <summary>
    /// POSTs a reply to {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}
    /// (or without the activity id when there is nothing to reply to).
    /// </summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, Activity reply, CancellationToken cancellationToken);
}
