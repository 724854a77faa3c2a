using CroydonBot.Staff;

namespace CroydonBot.Pages.Staff;

/// <summary>The audit log, for managers: who looked at, changed, exported or deleted what, and when.</summary>
public sealed class AuditModel(IStaffAudit audit) : StaffPageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(page ?? 1, 1, 100_000);
        (Entries, Total) = await audit.ListAsync((PageNumber - 1) * PageSize, PageSize, cancellationToken);
    }
}
