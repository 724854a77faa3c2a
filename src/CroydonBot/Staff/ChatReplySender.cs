using CroydonBot.Channels;
using CroydonBot.FeedbackReplies;

namespace CroydonBot.Staff;

/// <summary>
/// Sends a staff reply into the chat a young person chose. Web Chat on the embedded Direct Line gets it in the live
/// conversation, or at their next message if that conversation has ended; every other channel (Teams) gets it
/// proactively through its connector at the stored service URL.
/// </summary>
public sealed class ChatReplySender(IConnectorClient connector, ILiveConversations live, ILogger<ChatReplySender> logger)
{
    /// <summary>Returns the <see cref="ReplyDelivery"/> used.</summary>
    public async Task<string> SendAsync(ConversationTarget target, string text, CancellationToken cancellationToken)
    {
        if (live.Hosts(target.ChannelId))
        {
            return live.TryDeliver(target.ConversationId, target.Message(text)) ? ReplyDelivery.LiveChat : ReplyDelivery.NextVisit;
        }
        if (string.IsNullOrEmpty(target.ServiceUrl))
        {
            return ReplyDelivery.NextVisit;
        }
        await connector.ReplyToActivityAsync(target.ServiceUrl, target.Message(text), cancellationToken);
        logger.LogInformation("Staff reply sent proactively on {Channel}", target.ChannelId);
        return ReplyDelivery.Connector;
    }
}
