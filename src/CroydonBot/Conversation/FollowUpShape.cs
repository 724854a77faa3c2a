namespace CroydonBot.Conversation;

/// <summary>How much a message looks like it leans on what was said before.</summary>
public enum FollowUpShape
{
    /// <summary>A question that stands on its own.</summary>
    None,

    /// <summary>Starts like a continuation ("and in 2020?", "what about croydon") but may name a new subject.</summary>
    Continuation,

    /// <summary>Points back at something said before ("how much is it", "who do I ask about that").</summary>
    Reference,

    /// <summary>Says it changes the subject ("random but...", "different question"): never read against the last one.</summary>
    NewTopic,
}
