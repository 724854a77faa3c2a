namespace CroydonBot.Dialogs;

/// <summary>
/// A conversation that takes more than one turn, in the shape of Bot Builder's Dialog. Its position and
/// values live in the <see cref="Storage.DialogInstance"/> on the conversation's stack, never in fields,
/// so a restart mid-dialog carries on from the database.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called when the user replies and this dialog is the active one.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog this one started has ended, with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the current question again.</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Lets a dialog anywhere on the stack handle a message before the active dialog sees it ("cancel",
    /// "help", "back"). Returns null to let the message through.
    /// </summary>
    public virtual Task<DialogTurnResult?> InterruptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    /// <summary>
    /// True when the message is a button press this dialog takes as its answer as it stands (a card's choice),
    /// so no dialog below it reads the press as a command or a question first.
    /// </summary>
    public virtual bool TakesAsAnswer(DialogContext dc) => false;
}
