using System.Text.Json.Serialization;

namespace CroydonBot.WebChat;

/// <summary>
/// What the page needs to start Web Chat: a Direct Line token, its conversation, where Direct Line is, and
/// the user id bound into the token.
/// </summary>
public sealed record WebChatToken(
    string Token,
    string? ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string Domain,
    string UserId);
