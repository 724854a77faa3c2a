namespace CroydonBot.Dialogs.Prompts;

/// <summary>One answer a <see cref="ChoicePrompt"/> accepts: its stored value, its button title and other ways to say it.</summary>
public sealed class Choice
{
    public string Value { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Synonyms { get; set; } = [];
}
