namespace CroydonBot.Knowledge;

/// <summary>
/// Extra ways to ask for a passage, added to its questions when the index is built at start-up
/// (e.g. phrasings staff approved from unanswered questions). Optional: none registered means none added.
/// </summary>
public interface IPassageQuestionSource
{
    /// <summary>(passage id, question) pairs; ids that match no passage are ignored.</summary>
    IReadOnlyList<(string PassageId, string Question)> Load();
}
