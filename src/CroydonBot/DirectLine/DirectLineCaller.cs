namespace CroydonBot.DirectLine;

/// <summary>Who is calling: the holder of the secret (any conversation), or of a token for one conversation.</summary>
public sealed record DirectLineCaller(bool HasSecret, DirectLineToken? Token, string? RawToken)
{
    /// <summary>True when the caller may use <paramref name="conversationId"/>.</summary>
    public bool MayUse(string conversationId) =>
        HasSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
