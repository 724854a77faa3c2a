namespace CroydonBot.Dialogs.Prompts;

/// <summary>How people say yes and no ("yeah", "ye", "nah", "yep"...), from the dialog's data file.</summary>
public sealed class ConfirmWords
{
    public string YesTitle { get; set; } = "Yes";
    public string NoTitle { get; set; } = "No";
    public List<string> Yes { get; set; } = [];
    public List<string> No { get; set; } = [];
}
