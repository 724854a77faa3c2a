namespace CroydonBot.Knowledge;

/// <summary>One source behind an answer: shown as [n] in the text and as a citation entity.</summary>
public sealed record Citation(int Position, string Title, string? Url, string Abstract, string DateLabel);
