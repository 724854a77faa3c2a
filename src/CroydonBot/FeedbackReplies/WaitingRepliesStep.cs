using CroydonBot.Bot;
using CroydonBot.Storage;

namespace CroydonBot.FeedbackReplies;

/// <summary>
/// Replies staff sent while the young person's chat was closed are given the next time they write (after the safety
/// check, which always comes first), then the
/// turn carries on as usual. Matched by the salted user hash, so they reach only the person who sent the feedback.
/// </summary>
public sealed class WaitingRepliesStep(IFeedbackReplyStore store, IdentityHasher hasher, FeedbackReplyWording wording) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var user = await hasher.HashAsync((activity.ChannelId ?? "") + "\n" + activity.From?.Id, cancellationToken);
        foreach (var reply in await store.WaitingForAsync(user, cancellationToken))
        {
            await turnContext.SendActivityAsync(new Protocol.Activity { Text = wording.Reply(reply.Reference, reply.Text), TextFormat = "plain" }, cancellationToken);
            await store.MarkDeliveredAsync(reply.Id, cancellationToken);
        }
        return false;
    }
}
