namespace CroydonBot.Dialogs;

/// <summary>The "Dialogs" settings.</summary>
public sealed class DialogOptions
{
    public const string Section = "Dialogs";

    /// <summary>A dialog left this long is offered to carry on or drop, never silently continued.</summary>
    public int StaleAfterMinutes { get; set; } = 30;
}
