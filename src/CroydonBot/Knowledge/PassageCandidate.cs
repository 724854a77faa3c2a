namespace CroydonBot.Knowledge;

/// <summary>A passage that might answer a question, with the answer composed from it alone and how much of the question it covers.</summary>
public sealed record PassageCandidate(Passage Passage, string Answer, double Coverage);
