using CroydonBot.Channels;
using CroydonBot.DirectLine;

namespace CroydonBot.FeedbackReplies;

/// <summary>
/// Sends a staff reply into the chat a young person chose. Web Chat on the embedded Direct Line gets it in the live
/// conversation, or at their next message if that conversation has ended; every other channel (Teams) gets it
/// proactively through its connector at the stored service URL.
/// </summary>
public sealed class ChatReplySender(IConnectorClient connector, DirectLineConversationStore directLine, TimeProvider clock, ILogger<ChatReplySender> logger)
{
    /// <summary>Returns the <see cref="ReplyDelivery"/> used.</summary>
    public async Task<string> SendAsync(ConversationTarget target, string text, CancellationToken cancellationToken)
    {
        if (target.ChannelId is DirectLineDispatcher.DirectLineChannel or DirectLineDispatcher.WebChatChannel)
        {
            if (directLine.Find(target.ConversationId) is not { } conversation)
            {
                return ReplyDelivery.NextVisit;
            }
            var message = target.Message(text);
            message.ServiceUrl = null;
            conversation.Append(message, clock.GetUtcNow());
            return ReplyDelivery.LiveChat;
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
