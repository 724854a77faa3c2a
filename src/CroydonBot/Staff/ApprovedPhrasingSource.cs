using System.Data.Common;
using CroydonBot.Knowledge;

namespace CroydonBot.Staff;

/// <summary>Feeds staff-approved phrasings into the knowledge index at start-up.</summary>
public sealed class ApprovedPhrasingSource(IStaffQueries queries, ILogger<ApprovedPhrasingSource> logger) : IPassageQuestionSource
{
    public IReadOnlyList<(string PassageId, string Question)> Load()
    {
        try
        {
            // The index is built once, synchronously, inside a DI factory at start-up: blocking here is the only option.
            return [.. queries.AlternativeQuestionsAsync(CancellationToken.None).GetAwaiter().GetResult().Select(a => (a.PassageId, a.Question))];
        }
        catch (DbException ex)
        {
            // Built before the schema is migrated (e.g. a tool that skips InitialiseAsync): answer without them.
            logger.LogWarning(ex, "Approved phrasings could not be read; the index is built without them");
            return [];
        }
    }
}
