using CroydonBot.FeedbackReplies;
using CroydonBot.Safety;
using CroydonBot.Staff;
using CroydonBot.Storage;
using Microsoft.AspNetCore.Mvc;

namespace CroydonBot.Pages.Staff.Feedback;

/// <summary>One feedback item: read it, and move it through new, in review, actioned, closed.</summary>
public sealed class DetailModel(
    IFeedbackStore store, IStaffAudit audit, IFeedbackReplyStore replies, ChatReplySender sender, IPublishedChanges published, IPersonalDataRedactor redactor, FeedbackReplyWording wording)
    : StaffPageModel
{
    public const int MaxSummaryLength = 600;

    public const int MaxNotesLength = 4000;
    public const int MaxReplyLength = 2000;

    /// <summary>The chat to reply in: only when the young person chose "here in this chat".</summary>
    public ConversationTarget? ReplyIn { get; private set; }
    public IReadOnlyList<FeedbackReply> Replies { get; private set; } = [];

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
        await LoadRepliesAsync(cancellationToken);
        Notice = saved switch
        {
            null => null,
            ReplyDelivery.Connector => "Reply sent into their chat.",
            ReplyDelivery.LiveChat => "Reply sent into their open chat.",
            ReplyDelivery.NextVisit => "Reply saved: their chat is closed, so they get it the next time they write to the bot.",
            "published" => "Published on the \"You said, we did\" page.",
            _ => "Saved.",
        };
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
            await LoadRepliesAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await store.UpdateAsync(reference, status!, assignee, notes, replySent, cancellationToken);
        await audit.WriteAsync(UserName, AuditActions.Change, "feedback " + reference,
            Changes(item, status!, assignee, notes, replySent), cancellationToken);
        return Redirect($"/staff/feedback/{Uri.EscapeDataString(reference)}?saved=1");
    }

    /// <summary>Sends a reply into the young person's chat; refused unless they chose "here in this chat".</summary>
    public async Task<IActionResult> OnPostReplyAsync(string reference, string? reply, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(reference, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        Item = item;
        await LoadRepliesAsync(cancellationToken);
        var text = reply?.Trim() ?? "";
        if (ReplyIn is null || !item.WantsReply)
        {
            Error = "They did not ask for a reply in the chat. Use the contact they gave, if any.";
        }
        else if (text.Length is 0 or > MaxReplyLength)
        {
            Error = $"Write the reply, up to {MaxReplyLength} characters.";
        }
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var link = (await replies.GetLinkAsync(reference, cancellationToken))!;
        var delivery = await sender.SendAsync(ReplyIn!, wording.Reply(reference, text), cancellationToken);
        await replies.AddReplyAsync(reference, text, UserName, delivery, link.UserHash, delivered: delivery != ReplyDelivery.NextVisit, cancellationToken);
        await store.UpdateAsync(reference, item.Status == FeedbackStatus.New ? FeedbackStatus.InReview : item.Status, item.Assignee, item.Notes, true, cancellationToken);
        await audit.WriteAsync(UserName, AuditActions.Change, "feedback " + reference, $"reply sent in chat ({delivery}, {ReplyIn!.ChannelId})", cancellationToken);
        return Redirect($"/staff/feedback/{Uri.EscapeDataString(reference)}?saved={delivery}");
    }

    /// <summary>
    /// A manager publishes an actioned item's summary on /you-said-we-did. The summary is their own rewrite; it is
    /// refused if the redactor finds anything personal in it (a name, a contact, a date of birth...).
    /// </summary>
    public async Task<IActionResult> OnPostPublishAsync(string reference, string? summary, CancellationToken cancellationToken)
    {
        if (!IsManager)
        {
            return Forbid();
        }
        if (await store.GetAsync(reference, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        Item = item;
        await LoadRepliesAsync(cancellationToken);
        var text = summary?.Trim() ?? "";
        if (item.Status != FeedbackStatus.Actioned)
        {
            Error = "Only actioned feedback can be published.";
        }
        else if (text.Length is < 10 or > MaxSummaryLength)
        {
            Error = $"Write the summary in 10 to {MaxSummaryLength} characters.";
        }
        else if (redactor.Redact(text) != text)
        {
            Error = "The summary still contains personal details (a name, contact or similar). Rewrite it without them.";
        }
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var id = await published.PublishAsync(reference, text, UserName, cancellationToken);
        await audit.WriteAsync(UserName, AuditActions.Change, "feedback " + reference, $"published on You said, we did (item {id})", cancellationToken);
        return Redirect($"/staff/feedback/{Uri.EscapeDataString(reference)}?saved=published");
    }

    private async Task LoadRepliesAsync(CancellationToken cancellationToken)
    {
        ReplyIn = (await replies.GetLinkAsync(Item.Reference, cancellationToken))?.ReplyIn;
        Replies = await replies.RepliesAsync(Item.Reference, cancellationToken);
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
