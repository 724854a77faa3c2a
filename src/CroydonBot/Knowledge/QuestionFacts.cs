namespace CroydonBot.Knowledge;

/// <summary>What the re-ranker reads from a question once: its terms (all ways of saying each concept), kind and ages.</summary>
public sealed record QuestionFacts(IReadOnlySet<string> Terms, QuestionKind Kind, IReadOnlyList<int> Ages);
