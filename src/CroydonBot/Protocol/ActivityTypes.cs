namespace CroydonBot.Protocol;

/// <summary>The activity types CroydonBot acts on; all others are accepted and ignored (A2006).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
}
