namespace CroydonBot.Knowledge;

/// <summary>
/// What the re-ranker knows about a passage before any question comes: the analysed terms of each of its
/// alternative questions and its heading, the kinds of fact it holds, the ages it names, and whether it
/// describes the current position. Worked out once at start-up.
/// </summary>
public sealed class PassageTraits
{
    public required IReadOnlyList<IReadOnlySet<string>> QuestionTerms { get; init; }
    public required IReadOnlySet<string> HeadingTerms { get; init; }

    /// <summary>Indexed by <see cref="QuestionKind"/>: true when the passage holds that kind of fact.</summary>
    public required bool[] Holds { get; init; }

    /// <summary>Two-digit numbers the passage names (ages such as 18, 21, 25).</summary>
    public required IReadOnlySet<int> Numbers { get; init; }

    /// <summary>The heading says it is about now ("What is Croydon's rating now?").</summary>
    public required bool IsAboutNow { get; init; }
}
