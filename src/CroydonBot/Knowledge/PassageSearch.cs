namespace CroydonBot.Knowledge;

/// <summary>The staff area's view of the knowledge base, over the same (current) index and retrieval as the bot.</summary>
public sealed class PassageSearch(Live.IKnowledgeSource knowledge) : IPassageSearch
{
    public IReadOnlyList<Passage> Passages => knowledge.Current.Index.Passages;

    public IReadOnlyList<Passage> Closest(string question, int count) =>
        [.. knowledge.Current.Retriever.Retrieve(question, count).Hits.Select(h => h.Passage)];

    public IReadOnlyList<PassageCandidate> Candidates(string question, int count)
    {
        var snapshot = knowledge.Current;
        var result = snapshot.Retriever.Retrieve(question, count);
        return [.. result.Hits.Take(count).Select(hit => new PassageCandidate(hit.Passage, snapshot.Composer.Compose(result.Plan, [hit]), hit.Coverage))];
    }
}
