namespace CroydonBot.Dialogs;

/// <summary>
/// A dialog that runs its steps in order, each usually asking one question, as Bot Builder's WaterfallDialog.
/// Steps have names so a step can loop back to an earlier one.
/// </summary>
public class WaterfallDialog(string id) : Dialog(id)
{
    private readonly List<(string Name, WaterfallStep Step)> _steps = [];

    public WaterfallDialog AddStep(string name, WaterfallStep step)
    {
        _steps.Add((name, step));
        return this;
    }

    public int IndexOf(string stepName)
    {
        var index = _steps.FindIndex(s => s.Name == stepName);
        return index >= 0 ? index : throw new InvalidOperationException($"Dialog '{Id}' has no step '{stepName}'.");
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunStepAsync(dc, 0, options, cancellationToken);

    /// <summary>A message while no prompt is open goes to the next step as its result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, dc.ActiveDialog!.Step + 1, dc.Context.Activity.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, dc.ActiveDialog!.Step + 1, result, cancellationToken);

    /// <summary>Runs step <paramref name="index"/>; past the last step the dialog ends with the result.</summary>
    public Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }
        var instance = dc.ActiveDialog!;
        instance.Step = index;
        return _steps[index].Step(new WaterfallStepContext(this, dc, instance, index, result), cancellationToken);
    }
}
