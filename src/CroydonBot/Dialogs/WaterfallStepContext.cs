namespace CroydonBot.Dialogs;

/// <summary>What a waterfall step sees: the previous step's result, the dialog's values, and ways to move on.</summary>
public sealed class WaterfallStepContext(WaterfallDialog dialog, DialogContext dc, Storage.DialogInstance instance, int index, object? result)
{
    public DialogContext Context => dc;
    public int Index { get; } = index;

    /// <summary>The result of the previous step or of the prompt it started.</summary>
    public object? Result { get; } = result;

    /// <summary>The values collected so far; persisted with the dialog.</summary>
    public Dictionary<string, string> Values => instance.Values;

    /// <summary>Runs the next step now, without waiting for the user.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        dialog.RunStepAsync(dc, Index + 1, result, cancellationToken);

    /// <summary>Runs a named step now: how a waterfall loops back, as "change" and "try again" need.</summary>
    public Task<DialogTurnResult> GoToAsync(string stepName, object? result, CancellationToken cancellationToken) =>
        dialog.RunStepAsync(dc, dialog.IndexOf(stepName), result, cancellationToken);

    /// <summary>Starts a prompt; its answer arrives as the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, Prompts.PromptOptions options, CancellationToken cancellationToken) =>
        dc.BeginDialogAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);
}
