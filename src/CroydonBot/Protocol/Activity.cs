using System.Text.Json;
using System.Text.Json.Serialization;

namespace CroydonBot.Protocol;

/// <summary>
/// A Bot Framework activity: the one message shape every channel speaks.
/// Only the fields CroydonBot reads or writes are typed; everything else survives a round trip
/// through <see cref="Extra"/>, because receivers must accept fields they do not understand (A2005).
/// </summary>
public sealed record Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }

    /// <summary>What a client that cannot show the attachments (or a notification) shows instead of them.</summary>
    public string? Summary { get; set; }
    public string? InputHint { get; set; }
    public string? Locale { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? ReplyToId { get; set; }
    public string? DeliveryMode { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>
    /// What the bot rendered this reply from, for shapers on the way out (an answer becomes an Adaptive Card
    /// from its parts). PROTOCOL: not part of the activity schema; it stays in memory and is never serialised.
    /// </summary>
    [JsonIgnore]
    public IReplyContent? Content { get; set; }

    /// <summary>True when the sender asked for the replies in the HTTP response instead of through the connector.</summary>
    [JsonIgnore]
    public bool ExpectsReplies => string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
}
