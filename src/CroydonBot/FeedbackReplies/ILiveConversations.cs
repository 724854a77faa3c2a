using CroydonBot.Protocol;

namespace CroydonBot.FeedbackReplies;

/// <summary>Chats this instance holds open itself (the embedded Direct Line), so a message can be put straight in.</summary>
public interface ILiveConversations
{
    /// <summary>True for a channel whose conversations live here rather than behind a connector.</summary>
    bool Hosts(string channelId);

    /// <summary>Adds the message to the open conversation; false when it has ended (or is on another instance).</summary>
    bool TryDeliver(string conversationId, Activity message);
}
