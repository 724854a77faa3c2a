using System.Text.Json.Serialization;

namespace CroydonBot.DirectLine;

/// <summary>Direct Line's Conversation object: what tokens/generate, tokens/refresh and conversations return.</summary>
public sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
