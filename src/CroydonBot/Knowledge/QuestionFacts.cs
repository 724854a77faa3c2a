namespace CroydonBot.Knowledge;

/// <summary>
/// What the re-ranker reads from a question once: its terms (all ways of saying each concept), kind, ages (with the
/// slot of each among the terms, -1 when none says it), and every analysed word as typed, question words too
/// (<paramref name="Typed"/>; <paramref name="TypedTopic"/> without the question words, and whether every one of
/// those is in some passage's sets at all), to tell a question said whole from one that shares its topic.
/// </summary>
public sealed record QuestionFacts(
    PlanTerms Terms, QuestionKind Kind, IReadOnlyList<int> Ages, IReadOnlyList<int> AgeSlots,
    TermSet Typed, TermSet TypedTopic, bool TypedTopicNumbered)
{
    /// <summary>The question's ideas naming the speaker or role it asks about, or null (<see cref="QuestionRole"/>).</summary>
    public IReadOnlyList<QueryConcept>? Role { get; init; }

    /// <summary>The question asks what someone the seeds record as speaking said: their own words answer it.</summary>
    public bool AsksForWords { get; init; }

    /// <summary>The question's plain words, to tell whether it says a role's qualifier ("shadow"); null when it asks of no role (<see cref="Role"/>).</summary>
    public IReadOnlySet<string>? Words { get; init; }

    /// <summary>The side of a judgement the question asks about (<see cref="JudgementSides.Asked"/>).</summary>
    public JudgementSide Side { get; init; }

    /// <summary>
    /// True when the question names only the judged whole, no one service (<see cref="JudgementSides.OfTheWhole"/>), and asks
    /// not in a grade's words (<see cref="JudgementSides.AsksInGradeWords"/>): then a heading saying the side asked earns +1.
    /// </summary>
    public bool SideOfTheWhole { get; init; }

    /// <summary>
    /// For each passage key, the share of the closest questions asked before that it answered (<see cref="NeighbourQuestions"/>);
    /// null when the neighbour feature weighs 0 and is not asked for.
    /// </summary>
    public IReadOnlyDictionary<string, double>? NeighbourShares { get; init; }
}
