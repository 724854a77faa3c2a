namespace CroydonBot.Knowledge;

/// <summary>
/// What the re-ranker reads from a question once: its terms (all ways of saying each concept), kind, ages,
/// and every analysed word as typed (question words too), to tell a question said whole from one that shares its topic.
/// </summary>
public sealed record QuestionFacts(IReadOnlySet<string> Terms, QuestionKind Kind, IReadOnlyList<int> Ages, IReadOnlySet<string> Typed);
