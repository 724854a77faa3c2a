using System.Text.RegularExpressions;
using CroydonBot.Bot;
using CroydonBot.Replies;
using CroydonBot.Storage;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// "what happened to FB-2026-000123": the status of feedback sent from this same conversation, and never
/// anyone else's; a reference from elsewhere gets the same "can't find it from this chat" as one that does
/// not exist, so guessing references tells nothing.
/// </summary>
public sealed partial class FeedbackStatusStep(IFeedbackStore store, IdentityHasher hasher, FeedbackDialogData data, ReplyFactory replies) : ITurnStep
{
    public int Order => 240;

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.State.DialogStack.Count > 0 || Reference().Match(turnContext.Activity.Text ?? "") is not { Success: true } match)
        {
            return false;
        }
        var reference = match.Value.ToUpperInvariant();
        var activity = turnContext.Activity;
        var item = await store.GetAsync(reference, cancellationToken);
        var conversation = await hasher.HashAsync((activity.ChannelId ?? "") + "\n" + activity.Conversation?.Id, cancellationToken);
        var values = new Dictionary<string, string> { ["reference"] = reference };
        string text;
        if (item is not null && item.ConversationHash == conversation)
        {
            values["status"] = data.Status.States.GetValueOrDefault(item.Status, item.Status);
            text = Placeholders.Fill(data.Status.Found, values);
        }
        else
        {
            text = Placeholders.Fill(data.Status.NotFound, values);
        }
        turnContext.Record.Kind = ReplyKinds.Feedback;
        turnContext.Record.Topic = FeedbackDialog.DialogId;
        await turnContext.SendActivityAsync(replies.Message(text, ReplyKinds.Feedback), cancellationToken);
        return true;
    }

    [GeneratedRegex(@"\bFB-\d{4}-\d{6}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
