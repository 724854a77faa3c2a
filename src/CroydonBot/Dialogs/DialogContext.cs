using CroydonBot.Bot;
using CroydonBot.Storage;

namespace CroydonBot.Dialogs;

/// <summary>
/// The dialog stack for one turn, as Bot Builder's DialogContext: begin, continue, end and cancel.
/// The stack is the conversation state's list, so whatever happens here is saved with the turn.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext context, List<DialogInstance> stack)
{
    public DialogSet Dialogs { get; } = dialogs;
    public ITurnContext Context { get; } = context;
    public IReadOnlyList<DialogInstance> Stack => stack;

    /// <summary>The dialog on top of the stack, or null.</summary>
    public DialogInstance? ActiveDialog => stack.Count > 0 ? stack[^1] : null;

    /// <summary>Pushes a dialog and starts it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}'.");
        stack.Add(new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>
    /// Hands the user's message to the stack: first each dialog, root first, may interrupt ("cancel",
    /// "help"), then the active dialog continues. A card button the active dialog takes as its answer skips the
    /// interruptions.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        // A button pressed on the open question's card is its answer: a stable value, never a command or a question.
        var pressed = ActiveDialog is not null && Dialogs.Find(ActiveDialog.Id) is { } active && active.TakesAsAnswer(this);
        foreach (var instance in pressed ? [] : stack.ToList<DialogInstance>())
        {
            if (Dialogs.Find(instance.Id) is { } dialog && await dialog.InterruptAsync(this, cancellationToken) is { } interrupted)
            {
                return interrupted;
            }
        }
        return ActiveDialog is null ? DialogTurnResult.Empty : await ActiveDialogOrThrow().ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Pops the active dialog and resumes its parent with the result.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
        return ActiveDialog is null
            ? new DialogTurnResult(DialogTurnStatus.Complete, result)
            : await ActiveDialogOrThrow().ResumeDialogAsync(this, result, cancellationToken);
    }

    /// <summary>Pops dialogs above <paramref name="instance"/>, e.g. the prompt a "back" interrupted.</summary>
    public void PopAbove(DialogInstance instance)
    {
        while (stack.Count > 0 && !ReferenceEquals(stack[^1], instance))
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    /// <summary>Empties the stack.</summary>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        stack.Clear();
        return Task.FromResult(DialogTurnResult.Cancelled);
    }

    /// <summary>Asks the active dialog's question again.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is null ? Task.CompletedTask : ActiveDialogOrThrow().RepromptDialogAsync(this, cancellationToken);

    private Dialog ActiveDialogOrThrow() =>
        Dialogs.Find(ActiveDialog!.Id) ?? throw new InvalidOperationException($"No dialog with id '{ActiveDialog.Id}'.");
}
