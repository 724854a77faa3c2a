namespace CroydonBot.Knowledge;

/// <summary>A passage found for a question: its ranking score and how much of the question it covers.</summary>
public sealed record ScoredPassage(Passage Passage, int Number, double Score, double Coverage);
