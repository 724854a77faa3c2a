using CroydonBot.QuestionLog;
using CroydonBot.Storage;

namespace CroydonBot.Staff;

/// <summary>
/// What the top of the dashboard and the inbox show first: open feedback with a safeguarding flag (its own, or
/// its conversation's) and conversations flagged for risk, most recently flagged first.
/// </summary>
public sealed record SafeguardingAlerts(IReadOnlyList<FeedbackItem> Feedback, IReadOnlyList<FlaggedConversation> Conversations, DateTimeOffset Now)
{
    public int Count => Feedback.Count + Conversations.Count;

    public static async Task<SafeguardingAlerts> LoadAsync(IQuestionLog questionLog, IFeedbackStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var conversations = await questionLog.FlaggedConversationsAsync(50, cancellationToken);
        var hashes = conversations.Select(c => c.ConversationHash).ToHashSet(StringComparer.Ordinal);
        var open = await store.ListAsync(null, 1000, cancellationToken);
        var feedback = open.Where(f => f.Status != FeedbackStatus.Closed && (f.SafeguardingFlag || hashes.Contains(f.ConversationHash)))
            .OrderByDescending(f => f.CreatedAt).ToList();
        return new SafeguardingAlerts(feedback, conversations, clock.GetUtcNow());
    }
}
