using CroydonBot.Knowledge.Live;

namespace CroydonBot.Staff.Teaching;

/// <summary>
/// The sections the bot's own retrieval finds closest to a question, each with the answer composed from that
/// section alone: staff choose by what the young person would read, not by an id.
/// </summary>
public sealed class CandidateFinder(IKnowledgeSource knowledge, SectionNames names)
{
    public const int Count = 5;

    public IReadOnlyList<CandidateSection> For(string question)
    {
        var snapshot = knowledge.Current;
        var result = snapshot.Retriever.Retrieve(question, Count);
        return [.. result.Hits.Take(Count).Select(hit => new CandidateSection(
            hit.Passage.Id, names.Of(hit.Passage), snapshot.Composer.Compose(result.Plan, [hit]).Text, hit.Coverage))];
    }
}
