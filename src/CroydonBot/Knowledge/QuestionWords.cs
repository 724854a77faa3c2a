namespace CroydonBot.Knowledge;

/// <summary>seeds/question-words.yaml: words that shape a question without being its topic.</summary>
public sealed class QuestionWords
{
    public const string File = "question-words.yaml";

    /// <summary>Words that carry no topic ("what", "tell", "pls"): they neither match nor count against a match.</summary>
    public List<string> Ignore { get; set; } = [];

    /// <summary>Words that ask for the current position ("now", "latest").</summary>
    public List<string> Now { get; set; } = [];

    /// <summary>Words that ask about the past ("before", "history").</summary>
    public List<string> Past { get; set; } = [];
}
