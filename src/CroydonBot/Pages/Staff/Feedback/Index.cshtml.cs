using CroydonBot.QuestionLog;
using CroydonBot.Staff;
using CroydonBot.Storage;

namespace CroydonBot.Pages.Staff.Feedback;

/// <summary>The feedback inbox: safeguarding first (the item's own flag, or a flagged conversation), then newest.</summary>
public sealed class InboxModel(IFeedbackStore store, IQuestionLog questionLog, IStaffAudit audit) : StaffPageModel
{
    public const string Open = "open";
    public const int Limit = 500;

    public static readonly IReadOnlyList<(string Value, string Label)> StatusChoices =
        [(Open, "Open (not closed)"), (FeedbackStatus.New, "New"), (FeedbackStatus.InReview, "In review"),
         (FeedbackStatus.Actioned, "Actioned"), (FeedbackStatus.Closed, "Closed"), ("all", "All")];

    public string Status { get; private set; } = Open;
    public IReadOnlyList<FeedbackItem> Items { get; private set; } = [];
    public IReadOnlyList<FlaggedConversation> FlaggedConversations { get; private set; } = [];
    public IReadOnlySet<string> FlaggedHashes { get; private set; } = new HashSet<string>();
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? status, string? deleted, CancellationToken cancellationToken)
    {
        Status = StatusChoices.Any(c => c.Value == status) ? status! : Open;
        Notice = deleted is { Length: > 0 } ? $"Feedback {deleted} was deleted." : null;
        FlaggedConversations = await questionLog.FlaggedConversationsAsync(50, cancellationToken);
        FlaggedHashes = FlaggedConversations.Select(c => c.ConversationHash).ToHashSet(StringComparer.Ordinal);
        var items = await store.ListAsync(Status is Open or "all" ? null : Status, Limit, cancellationToken);
        Items = [.. items
            .Where(i => Status != Open || i.Status != FeedbackStatus.Closed)
            .OrderByDescending(IsFlagged)
            .ThenByDescending(i => i.CreatedAt)];
        await audit.WriteAsync(UserName, AuditActions.View, "feedback inbox", $"status={Status}, {Items.Count} items", cancellationToken);
    }

    public bool IsFlagged(FeedbackItem item) => item.SafeguardingFlag || FlaggedHashes.Contains(item.ConversationHash);

    public static string StatusLabel(string status) => status switch
    {
        FeedbackStatus.New => "New",
        FeedbackStatus.InReview => "In review",
        FeedbackStatus.Actioned => "Actioned",
        FeedbackStatus.Closed => "Closed",
        _ => status,
    };
}
