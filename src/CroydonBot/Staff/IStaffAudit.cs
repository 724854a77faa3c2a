namespace CroydonBot.Staff;

/// <summary>The audit log of staff actions.</summary>
public interface IStaffAudit
{
    Task WriteAsync(string userName, string action, string target, string? detail, CancellationToken cancellationToken);

    /// <summary>Newest first, with the total count for paging.</summary>
    Task<(IReadOnlyList<AuditEntry> Rows, int Total)> ListAsync(int offset, int limit, CancellationToken cancellationToken);
}
