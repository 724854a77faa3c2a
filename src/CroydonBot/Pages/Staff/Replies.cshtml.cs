using CroydonBot.Replies;
using CroydonBot.Staff;
using Microsoft.AspNetCore.Mvc;

namespace CroydonBot.Pages.Staff;

/// <summary>
/// "No answer here, say X" replies staff wrote from the question page. A manager reviews and approves each before
/// the bot says it; approval takes effect at once.
/// </summary>
public sealed class RepliesModel(IStaffQueries queries, IStaffAudit audit, StaffReplyBook book) : StaffPageModel
{
    public IReadOnlyList<StaffReply> Replies { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? approved, CancellationToken cancellationToken)
    {
        Notice = approved is not null ? "Approved: the bot gives this reply from now on." : null;
        Replies = [.. (await queries.StaffRepliesAsync(cancellationToken)).OrderBy(r => r.IsApproved).ThenByDescending(r => r.WrittenAt)];
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken cancellationToken)
    {
        if (!IsManager)
        {
            return Forbid();
        }
        if (!await queries.ApproveStaffReplyAsync(id, UserName, cancellationToken))
        {
            return NotFound();
        }
        await book.RefreshAsync(cancellationToken);
        await audit.WriteAsync(UserName, AuditActions.Change, $"staff reply {id}", "approved", cancellationToken);
        return Redirect("/staff/replies?approved=1");
    }
}
