using CroydonBot.Staff;
using CroydonBot.Storage;
using Microsoft.AspNetCore.Mvc;

namespace CroydonBot.Pages.Staff.Feedback;

/// <summary>
/// Managers delete one feedback item by its reference (e.g. at the young person's request). Two steps: the item is
/// shown with "Yes, delete" and "Cancel", and only a post carrying that confirmation deletes.
/// </summary>
public sealed class DeleteModel(IFeedbackStore store, IStaffAudit audit) : StaffPageModel
{
    public string? Reference { get; private set; }
    public FeedbackItem? Item { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(string? reference, CancellationToken cancellationToken)
    {
        Reference = reference?.Trim();
        if (!string.IsNullOrEmpty(Reference) && Reference.Length <= 40)
        {
            Item = await store.GetAsync(Reference, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(string? reference, string? confirm, CancellationToken cancellationToken)
    {
        Reference = reference?.Trim();
        if (string.IsNullOrEmpty(Reference) || Reference.Length > 40)
        {
            Error = "Enter a feedback reference, like FB-2026-000123.";
        }
        else if (await store.GetAsync(Reference, cancellationToken) is not { } item)
        {
            Error = $"There is no feedback with the reference {Reference}.";
        }
        else if (confirm != "yes")
        {
            // The first step only asks: nothing is deleted until the manager confirms.
            Item = item;
            return Page();
        }
        else if (!await store.DeleteAsync(Reference, cancellationToken))
        {
            Error = $"There is no feedback with the reference {Reference}.";
        }
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        await audit.WriteAsync(UserName, AuditActions.Delete, "feedback " + Reference, null, cancellationToken);
        return Redirect("/staff/feedback?deleted=" + Uri.EscapeDataString(Reference!));
    }
}
