namespace CroydonBot.Staff;

/// <summary>The staff area's own data: phrasings staff approved as other ways to ask for a passage.</summary>
public interface IStaffQueries
{
    Task AddAlternativeQuestionAsync(string passageId, string question, string approvedBy, CancellationToken cancellationToken);

    Task<IReadOnlyList<AlternativeQuestion>> AlternativeQuestionsAsync(CancellationToken cancellationToken);
}
