namespace CroydonBot.Knowledge;

/// <summary>What the staff area may ask of the knowledge base: its passages, and those closest to a question.</summary>
public interface IPassageSearch
{
    IReadOnlyList<Passage> Passages { get; }

    /// <summary>The passages the bot's own retrieval finds closest to the question, best first.</summary>
    IReadOnlyList<Passage> Closest(string question, int count);
}
