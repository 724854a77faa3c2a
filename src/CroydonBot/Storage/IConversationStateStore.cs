namespace CroydonBot.Storage;

/// <summary>Per-conversation state, kept in the database so a restart mid-dialog carries on.</summary>
public interface IConversationStateStore
{
    Task<ConversationState> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken);
    Task SaveAsync(string channelId, string conversationId, ConversationState state, CancellationToken cancellationToken);
}
