using CroydonBot.FeedbackReplies;
using CroydonBot.Protocol;

namespace CroydonBot.DirectLine;

/// <summary>Staff replies into a Web Chat conversation still held by this instance's embedded Direct Line.</summary>
public sealed class DirectLineLiveConversations(DirectLineConversationStore conversations, TimeProvider time) : ILiveConversations
{
    public bool Hosts(string channelId) => channelId is DirectLineDispatcher.DirectLineChannel or DirectLineDispatcher.WebChatChannel;

    public bool TryDeliver(string conversationId, Activity message)
    {
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return false;
        }
        message.ServiceUrl = null;
        conversation.Append(message, time.GetUtcNow());
        return true;
    }
}
