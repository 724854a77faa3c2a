namespace CroydonBot.Knowledge;

/// <summary>
/// A passage found for a question: its ranking score, how much of the question it covers and, when re-ranked,
/// how closely the question says one of the passage's alternative questions (1: it says one of them whole).
/// </summary>
public sealed record ScoredPassage(Passage Passage, int Number, double Score, double Coverage, double QuestionMatch = 0);
