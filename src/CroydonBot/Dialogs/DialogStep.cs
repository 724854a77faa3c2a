using CroydonBot.Text;
using CroydonBot.Bot;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.Dialogs;

/// <summary>
/// While a dialog is active, every message goes to it (after safety). A stack naming a dialog that no
/// longer exists (an old state after an update) is dropped so the user is not stuck. A dialog left for
/// longer than <see cref="DialogOptions.StaleAfterMinutes"/> is not silently continued: the new message is
/// handled as usual and the person is asked whether to carry on with the old dialog or drop it.
/// </summary>
public sealed class DialogStep(DialogSet dialogs, ReplyFactory replies, IOptions<DialogOptions> options, TimeProvider clock, ILogger<DialogStep> logger) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var stack = turnContext.State.DialogStack;
        if (stack.Count == 0)
        {
            return false;
        }
        if (stack.FirstOrDefault(d => dialogs.Find(d.Id) is null) is { } unknown)
        {
            logger.LogWarning("Dropping a dialog stack with the unknown dialog {Dialog}", unknown.Id);
            stack.Clear();
            return false;
        }
        var state = turnContext.State;
        var now = clock.GetUtcNow();
        var words = replies.Wording.StaleDialog;
        if (state.StaleDialogOffered)
        {
            state.StaleDialogOffered = false;
            var said = PlainWords.Of(turnContext.Activity.Text ?? "");
            if (words.CarryOnWords.Append(words.CarryOn).Select(PlainWords.Of).Contains(said))
            {
                state.DialogActiveAt = now;
                await dialogs.CreateContext(turnContext).RepromptDialogAsync(cancellationToken);
                return true;
            }
            stack.Clear();
            if (words.DropWords.Append(words.Drop).Select(PlainWords.Of).Contains(said))
            {
                turnContext.Record.Kind = ReplyKinds.SmallTalk;
                await turnContext.SendActivityAsync(replies.Message(words.Dropped, ReplyKinds.SmallTalk, replies.Wording.Welcome.Suggestions), cancellationToken);
                return true;
            }
            // Something else entirely: the old dialog is dropped and this message is handled as usual.
            return false;
        }
        if (IsStale(state, now, options.Value))
        {
            state.StaleDialogOffered = true;
            turnContext.Record.Afterwards.Add(replies.Message(words.Text, ReplyKinds.SmallTalk, [words.CarryOn, words.Drop]));
            return false;
        }
        await dialogs.CreateContext(turnContext).ContinueDialogAsync(cancellationToken);
        state.DialogActiveAt = now;
        return true;
    }

    /// <summary>
    /// True when the open dialog was left longer than <see cref="DialogOptions.StaleAfterMinutes"/>: it is not continued
    /// without asking (a step that answers in the middle of a dialog leaves such a dialog to this step's question).
    /// </summary>
    public static bool IsStale(Storage.ConversationState state, DateTimeOffset now, DialogOptions options) =>
        state.StaleDialogOffered || state.DialogActiveAt is { } at && now - at > TimeSpan.FromMinutes(options.StaleAfterMinutes);
}
