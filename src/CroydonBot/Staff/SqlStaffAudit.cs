using System.Globalization;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.Staff;

/// <summary>The audit log in the staff_audit table (migration 0003).</summary>
public sealed class SqlStaffAudit(ISqlDatabase database, TimeProvider clock) : IStaffAudit
{
    public Task WriteAsync(string userName, string action, string target, string? detail, CancellationToken cancellationToken)
    {
        var parameters = new { at = clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture), userName, action, target, detail };
        return database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "INSERT INTO staff_audit (at, user_name, action, target, detail) VALUES (@at, @userName, @action, @target, @detail)",
            parameters, transaction), cancellationToken);
    }

    public async Task<(IReadOnlyList<AuditEntry> Rows, int Total)> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM staff_audit");
        var rows = await connection.QueryAsync<AuditRow>(
            "SELECT id, at, user_name AS UserName, action, target, detail FROM staff_audit ORDER BY id DESC LIMIT @limit OFFSET @offset",
            new { limit, offset });
        return ([.. rows.Select(r => new AuditEntry(r.Id, DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            r.UserName, r.Action, r.Target, r.Detail))], (int)total);
    }

    private sealed class AuditRow
    {
        public long Id { get; set; }
        public string At { get; set; } = "";
        public string UserName { get; set; } = "";
        public string Action { get; set; } = "";
        public string Target { get; set; } = "";
        public string? Detail { get; set; }
    }
}
