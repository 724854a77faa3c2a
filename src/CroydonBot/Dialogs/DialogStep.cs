using CroydonBot.Bot;

namespace CroydonBot.Dialogs;

/// <summary>
/// While a dialog is active, every message goes to it (after safety). A stack naming a dialog that no
/// longer exists (an old state after an update) is dropped so the user is not stuck.
/// </summary>
public sealed class DialogStep(DialogSet dialogs, ILogger<DialogStep> logger) : ITurnStep
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
        await dialogs.CreateContext(turnContext).ContinueDialogAsync(cancellationToken);
        return true;
    }
}
