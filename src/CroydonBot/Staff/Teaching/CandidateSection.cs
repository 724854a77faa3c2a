namespace CroydonBot.Staff.Teaching;

/// <summary>A section that might answer a question, by name, with the answer the bot would give from it.</summary>
public sealed record CandidateSection(string PassageId, string Name, string Answer, double Coverage);
