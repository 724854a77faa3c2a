using CroydonBot.Dialogs;

namespace CroydonBot.UnitTests.Dialogs;

/// <summary>A dialog that only notes how it was begun and continued, so a step's routing can be seen.</summary>
internal sealed class RecordingDialog(string id) : Dialog(id)
{
    public List<object?> Begun { get; } = [];

    public int Continued { get; private set; }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        Begun.Add(options);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        Continued++;
        return Task.FromResult(DialogTurnResult.Waiting);
    }
}
