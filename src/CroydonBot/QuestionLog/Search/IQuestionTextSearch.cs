using System.Data.Common;

namespace CroydonBot.QuestionLog.Search;

/// <summary>
/// Turns the words staff type into a condition on the question log that forgives spelling and matches word
/// forms: "bursery" finds "bursary", "applying" finds "applied". Each database does it with its own full-text search.
/// </summary>
public interface IQuestionTextSearch
{
    /// <summary>The condition, or null when the text has no word to search for (only punctuation or common words).</summary>
    Task<SearchClause?> BuildAsync(DbConnection connection, string text, CancellationToken cancellationToken);
}
