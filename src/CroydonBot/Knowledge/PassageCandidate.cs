namespace CroydonBot.Knowledge;

/// <summary>A passage that might answer a question, with the answer composed from it alone (its parts: the staff area words it as the bot would) and how much of the question it covers.</summary>
public sealed record PassageCandidate(Passage Passage, ComposedAnswer Answer, double Coverage);
