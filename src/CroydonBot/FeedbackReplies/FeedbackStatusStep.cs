using System.Text.RegularExpressions;
using CroydonBot.Bot;
using CroydonBot.Replies;
using CroydonBot.Storage;

namespace CroydonBot.FeedbackReplies;

/// <summary>
/// "what happened to FB-2026-000123": the status and the latest reply, to the person who sent it only (same salted
/// user hash). Anyone else is told only that the bot can speak about their own feedback, whether or not it exists.
/// </summary>
public sealed partial class FeedbackStatusStep(IFeedbackStore feedback, IFeedbackReplyStore replies, IdentityHasher hasher, ReplyFactory factory, FeedbackReplyWording wording) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (ReferencePattern().Match(activity.Text ?? "") is not { Success: true } match)
        {
            return false;
        }
        var reference = match.Value.ToUpperInvariant();
        var user = await hasher.HashAsync((activity.ChannelId ?? "") + "\n" + activity.From?.Id, cancellationToken);
        var link = await replies.GetLinkAsync(reference, cancellationToken);
        var item = link?.UserHash == user ? await feedback.GetAsync(reference, cancellationToken) : null;
        turnContext.Record.Kind = ReplyKinds.Feedback;
        var text = item is null
            ? wording.NotYours
            : wording.Status(item, (await replies.RepliesAsync(reference, cancellationToken)).LastOrDefault());
        await turnContext.SendActivityAsync(factory.Message(text, ReplyKinds.Feedback), cancellationToken);
        return true;
    }

    [GeneratedRegex(@"\bFB-\d{4}-\d{6}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();
}
