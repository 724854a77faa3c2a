namespace CroydonBot.Dialogs;

/// <summary>What a dialog operation left the stack in, and the finished dialog's result if any.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
    public static readonly DialogTurnResult Empty = new(DialogTurnStatus.Empty);
    public static readonly DialogTurnResult Cancelled = new(DialogTurnStatus.Cancelled);
}
