using CroydonBot.Protocol;

namespace CroydonBot.FeedbackReplies;

/// <summary>
/// Where to reply in a chat, as a Bot Framework conversation reference: kept only when the young person chose
/// "reply in this chat", and only for their feedback.
/// </summary>
public sealed record ConversationTarget(string ChannelId, string? ServiceUrl, string ConversationId, string? UserId, string? BotId, string? BotName)
{
    public static ConversationTarget From(Activity activity) => new(
        activity.ChannelId ?? "unknown", activity.ServiceUrl, activity.Conversation?.Id ?? "", activity.From?.Id, activity.Recipient?.Id, activity.Recipient?.Name);

    /// <summary>A message into that conversation, addressed as the bot's own replies are.</summary>
    public Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = ConversationId },
        From = BotId is null ? null : new ChannelAccount { Id = BotId, Name = BotName },
        Recipient = UserId is null ? null : new ChannelAccount { Id = UserId },
        Text = text,
        TextFormat = "plain",
    };
}
