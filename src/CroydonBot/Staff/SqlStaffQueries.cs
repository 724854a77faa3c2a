using System.Globalization;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.Staff;

/// <summary>
/// The staff area's own SQL (approved phrasings, staff replies; the question log is read through IQuestionLog). Every
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

    public Task<long> AddStaffReplyAsync(string question, string reply, string writtenBy, CancellationToken cancellationToken)
    {
        var parameters = new { question, reply, writtenBy, at = Iso(clock.GetUtcNow()) };
        return database.WriteAsync((connection, transaction, _) => connection.ExecuteScalarAsync<long>(
            "INSERT INTO staff_replies (question, reply, written_by, written_at) VALUES (@question, @reply, @writtenBy, @at) RETURNING id",
            parameters, transaction), cancellationToken);
    }

    public async Task<bool> ApproveStaffReplyAsync(long id, string approvedBy, CancellationToken cancellationToken)
    {
        var parameters = new { id, approvedBy, at = Iso(clock.GetUtcNow()) };
        return await database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "UPDATE staff_replies SET approved_by = @approvedBy, approved_at = @at WHERE id = @id AND approved_at IS NULL",
            parameters, transaction), cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<StaffReply>> StaffRepliesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StaffReplyRow>(
            """
            SELECT id, question, reply, written_by AS WrittenBy, written_at AS WrittenAt, approved_by AS ApprovedBy, approved_at AS ApprovedAt
            FROM staff_replies ORDER BY id
            """);
        return [.. rows.Select(r => new StaffReply(r.Id, r.Question, r.Reply, r.WrittenBy, Parse(r.WrittenAt), r.ApprovedBy,
            r.ApprovedAt is null ? null : Parse(r.ApprovedAt)))];
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

    private sealed class StaffReplyRow
    {
        public long Id { get; set; }
        public string Question { get; set; } = "";
        public string Reply { get; set; } = "";
        public string WrittenBy { get; set; } = "";
        public string WrittenAt { get; set; } = "";
        public string? ApprovedBy { get; set; }
        public string? ApprovedAt { get; set; }
    }
}
