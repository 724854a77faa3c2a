namespace CroydonBot.Storage;

/// <summary>
/// Removes personal data from a conversation's state just before it is written. Storage owns the hook and
/// knows nothing of what is personal; the dialogs, which collect the values, implement it.
/// </summary>
public interface IConversationStateRedaction
{
    void Apply(ConversationState state);
}
