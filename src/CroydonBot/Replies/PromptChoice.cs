namespace CroydonBot.Replies;

/// <summary>One answer a question takes: the value the dialog keeps and the title on its button.</summary>
public sealed record PromptChoice(string Value, string Title);
