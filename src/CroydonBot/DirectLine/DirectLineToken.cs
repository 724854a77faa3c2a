namespace CroydonBot.DirectLine;

/// <summary>What a valid token grants: one conversation, for one user (when the token names one).</summary>
public sealed record DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);
