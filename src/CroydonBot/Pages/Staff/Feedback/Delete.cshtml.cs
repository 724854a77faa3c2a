using CroydonBot.Staff;
using CroydonBot.Storage;
using Microsoft.AspNetCore.Mvc;

namespace CroydonBot.Pages.Staff.Feedback;

/// <summary>Managers delete one feedback item by its reference (e.g. at the young person's request).</summary>
public sealed class DeleteModel(IFeedbackStore store, IStaffAudit audit) : StaffPageModel
{
    public string? Reference { get; private set; }
    public string? Error { get; private set; }

    public void OnGet(string? reference) => Reference = reference;

    public async Task<IActionResult> OnPostAsync(string? reference, CancellationToken cancellationToken)
    {
        Reference = reference?.Trim();
        if (string.IsNullOrEmpty(Reference) || Reference.Length > 40)
        {
            Error = "Enter a feedback reference, like FB-2026-000123.";
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
