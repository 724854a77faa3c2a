using System.Text.Json;

namespace CroydonBot.Storage;

/// <summary>Conversation state as stored: one JSON document per conversation.</summary>
public static class ConversationStateJson
{
    public static string Write(ConversationState state) => JsonSerializer.Serialize(state, ConversationStateJsonContext.Default.ConversationState);

    /// <summary>A fresh state for a conversation with nothing stored, or with a state that no longer reads.</summary>
    public static ConversationState Read(string? json)
    {
        if (json is null)
        {
            return new ConversationState();
        }
        try
        {
            return JsonSerializer.Deserialize(json, ConversationStateJsonContext.Default.ConversationState) ?? new ConversationState();
        }
        catch (JsonException)
        {
            // A state written by an older version that no longer fits starts the conversation afresh.
            return new ConversationState();
        }
    }
}
