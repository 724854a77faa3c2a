namespace CroydonBot.Replies;

/// <summary>One line of a summary: what was asked ("About") and the answer as shown ("Housing").</summary>
public sealed record PromptFact(string Label, string Value);
