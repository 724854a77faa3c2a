namespace CroydonBot.Knowledge;

/// <summary>The staff area's view of the knowledge base, over the same index and retrieval as the bot.</summary>
public sealed class PassageSearch(KnowledgeIndex index, Retriever retriever) : IPassageSearch
{
    public IReadOnlyList<Passage> Passages => index.Passages;

    public IReadOnlyList<Passage> Closest(string question, int count) =>
        [.. retriever.Retrieve(question, count).Hits.Select(h => h.Passage)];
}
