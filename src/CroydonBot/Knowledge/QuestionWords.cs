namespace CroydonBot.Knowledge;

/// <summary>seeds/question-words.yaml: words that shape a question without being its topic.</summary>
public sealed class QuestionWords
{
    public const string File = "question-words.yaml";

    /// <summary>Words that carry no topic ("what", "tell", "pls"): they neither match nor count against a match.</summary>
    public List<string> Ignore { get; set; } = [];

    /// <summary>
    /// Words that say how the asker feels or what they think of something ("im angry", "people slag croydon off"): the
    /// frame around a question, never its topic. The seeds use none of them, so as ideas they only counted against every
    /// section and a real question inside a complaint got "I don't know". Ignored like <see cref="Ignore"/>.
    /// </summary>
    public List<string> Feelings { get; set; } = [];

    /// <summary>Every word that carries no topic: <see cref="Ignore"/> and <see cref="Feelings"/>.</summary>
    public IEnumerable<string> AllIgnored => Ignore.Concat(Feelings);

    /// <summary>Words that ask for the current position ("now", "latest").</summary>
    public List<string> Now { get; set; } = [];

    /// <summary>Words that ask about the past ("before", "history").</summary>
    public List<string> Past { get; set; } = [];
}
