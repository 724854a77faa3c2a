namespace CroydonBot.Dialogs;

/// <summary>Where the dialog stack is after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog asked something and waits for the user.</summary>
    Waiting,

    /// <summary>The last dialog on the stack finished.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
