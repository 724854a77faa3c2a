using CroydonBot.Staff;
using CroydonBot.Storage;
using Microsoft.AspNetCore.Mvc;

namespace CroydonBot.Pages.Staff.Feedback;

/// <summary>One feedback item: read it, and move it through new, in review, actioned, closed.</summary>
public sealed class DetailModel(IFeedbackStore store, IStaffAudit audit) : StaffPageModel
{
    public const int MaxNotesLength = 4000;

    public FeedbackItem Item { get; private set; } = new();
    public string? Notice { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, string? saved, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(reference, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        Item = item;
        Notice = saved is not null ? "Saved." : null;
        await audit.WriteAsync(UserName, AuditActions.View, "feedback " + reference, null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference, string? status, string? assignee, string? notes, bool replySent, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(reference, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
        notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (status is null || !FeedbackStatus.All.Contains(status))
        {
            Error = "Choose a status.";
        }
        else if (assignee?.Length > 100 || notes?.Length > MaxNotesLength)
        {
            Error = $"The assignee can be up to 100 characters and the notes up to {MaxNotesLength}.";
        }
        if (Error is not null)
        {
            Item = item;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await store.UpdateAsync(reference, status!, assignee, notes, replySent, cancellationToken);
        await audit.WriteAsync(UserName, AuditActions.Change, "feedback " + reference,
            Changes(item, status!, assignee, notes, replySent), cancellationToken);
        return Redirect($"/staff/feedback/{Uri.EscapeDataString(reference)}?saved=1");
    }

    private static string Changes(FeedbackItem before, string status, string? assignee, string? notes, bool replySent)
    {
        var changes = new List<string>();
        if (before.Status != status)
        {
            changes.Add($"status {before.Status} -> {status}");
        }
        if (before.Assignee != assignee)
        {
            changes.Add($"assignee {before.Assignee ?? "(none)"} -> {assignee ?? "(none)"}");
        }
        if (before.Notes != notes)
        {
            changes.Add("notes edited");
        }
        if (before.ReplySent != replySent)
        {
            changes.Add(replySent ? "reply sent" : "reply not sent");
        }
        return changes.Count == 0 ? "no change" : string.Join("; ", changes);
    }
}
