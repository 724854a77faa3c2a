using System.Globalization;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.Staff;

/// <summary>
/// The staff area's own SQL (approved phrasings; the question log is read through IQuestionLog). Every
/// statement runs unchanged on SQLite and PostgreSQL: dates are ISO-8601 UTC text.
/// </summary>
public sealed class SqlStaffQueries(ISqlDatabase database, TimeProvider clock) : IStaffQueries
{
    public Task AddAlternativeQuestionAsync(string passageId, string question, string approvedBy, CancellationToken cancellationToken)
    {
        var parameters = new { passageId, question, approvedBy, at = Iso(clock.GetUtcNow()) };
        return database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "INSERT INTO alternative_questions (passage_id, question, approved_by, approved_at) VALUES (@passageId, @question, @approvedBy, @at)",
            parameters, transaction), cancellationToken);
    }

    public async Task<IReadOnlyList<AlternativeQuestion>> AlternativeQuestionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AlternativeRow>(
            "SELECT passage_id AS PassageId, question, approved_by AS ApprovedBy, approved_at AS ApprovedAt FROM alternative_questions ORDER BY id");
        return [.. rows.Select(r => new AlternativeQuestion(r.PassageId, r.Question, r.ApprovedBy, Parse(r.ApprovedAt)))];
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string at) => DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed class AlternativeRow
    {
        public string PassageId { get; set; } = "";
        public string Question { get; set; } = "";
        public string ApprovedBy { get; set; } = "";
        public string ApprovedAt { get; set; } = "";
    }
}
