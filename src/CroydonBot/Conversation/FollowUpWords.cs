namespace CroydonBot.Conversation;

/// <summary>dialogs/follow-ups.yaml: the words that show a message leans on the conversation so far.</summary>
public sealed class FollowUpWords
{
    public const string File = "follow-ups.yaml";

    /// <summary>Openings of a continuation ("and", "so", "what about"), lower case, whole words.</summary>
    public List<string> Continuations { get; set; } = [];

    /// <summary>Words that point back at the last subject ("it", "that", "they").</summary>
    public List<string> References { get; set; } = [];

    /// <summary>Whole questions that only make sense about the last subject ("how much", "who do i ask").</summary>
    public List<string> BareQuestions { get; set; } = [];

    /// <summary>A message with more words than this is read on its own, whatever it starts with.</summary>
    public int MaxWords { get; set; } = 14;

    /// <summary>Minutes a context stays usable; after a long silence a new message starts afresh.</summary>
    public int ContextMinutes { get; set; } = 30;
}
