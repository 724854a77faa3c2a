namespace CroydonBot.Knowledge;

/// <summary>A question understood: its concepts, any year it names, and whether it asks about now.</summary>
public sealed record QueryPlan(string Question, IReadOnlyList<QueryConcept> Concepts, IReadOnlyList<int> Years, bool AsksAboutNow, bool AsksAboutPast)
{
    public double TotalWeight
    {
        get
        {
            var total = 0.0;
            for (var c = 0; c < Concepts.Count; c++)
            {
                total += Concepts[c].Weight;
            }
            return total;
        }
    }

    public bool IsEmpty => Concepts.Count == 0;

    /// <summary>
    /// The question asks about the past ("back then", "before") or names a year before the current
    /// inspection era: only then may history be given as if it answered the question.
    /// </summary>
    public bool AsksAboutHistory
    {
        get
        {
            if (AsksAboutPast)
            {
                return true;
            }
            for (var y = 0; y < Years.Count; y++)
            {
                if (Years[y] < HistoryBefore)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// Years before this are history: the 2017 inspection, the years of improvement after it, and the 2020 inspection
    /// the 2024 one replaced (a question naming 2020 asks what was found then, not what holds now).
    /// </summary>
    public const int HistoryBefore = 2021;

    /// <summary>
    /// How much of the question's meaning (rarity-weighted) a passage's terms cover, 0 to 1. Missing concepts
    /// count half: young people wrap a clear question in words no document uses ("someone mentioned..."),
    /// while an off-topic question ("a good film tonight") still matches almost nothing that matters.
    /// Terms in <paramref name="more"/> count as the passage's too.
    /// </summary>
    public double Coverage(IReadOnlySet<string> terms, IReadOnlySet<string>? more = null) => CoverageCrediting(terms, more, 0);

    /// <summary><see cref="Coverage"/> with the concepts in <paramref name="credited"/> (bits by index) counted as held.</summary>
    public double CoverageCrediting(IReadOnlySet<string> terms, IReadOnlySet<string>? more, ulong credited)
    {
        var matched = 0.0;
        for (var c = 0; c < Concepts.Count; c++)
        {
            if (c < 64 && (credited & (1UL << c)) != 0 || Concepts[c].IsIn(terms, more))
            {
                matched += Concepts[c].Weight;
            }
        }
        var missing = TotalWeight - matched;
        return matched <= 0 ? 0 : matched / (matched + MissingWeight * missing);
    }

    /// <summary>True when some idea is named only by the story around the message's question (<see cref="QuestionFocus"/>).</summary>
    public bool HasContext
    {
        get
        {
            for (var c = 0; c < Concepts.Count; c++)
            {
                if (Concepts[c].Context)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// How much of what a message asks a passage covers, 0 to 1, when the message tells a story around its question:
    /// <see cref="Coverage"/> without counting the story's ideas the passage lacks. A worried message names its bills,
    /// its tenancy and its mate before asking "do i lose my PA?"; no section holds all of that, and counting it all as
    /// missing said "I don't know" to a question the right section answers. The story's ideas the passage does hold
    /// still count for it.
    /// </summary>
    public double AskedCoverage(IReadOnlySet<string> terms, IReadOnlySet<string>? more = null)
    {
        var (matched, missing) = (0.0, 0.0);
        for (var c = 0; c < Concepts.Count; c++)
        {
            var concept = Concepts[c];
            if (concept.IsIn(terms, more))
            {
                matched += concept.Weight;
            }
            else if (!concept.Context)
            {
                missing += concept.Weight;
            }
        }
        return matched <= 0 ? 0 : matched / (matched + MissingWeight * missing);
    }

    /// <summary>The share of the question's weight found in the words as typed, 0 to 1: a tie-breaker
    /// that prefers a sentence saying "Ofsted" over one saying "watchdog" for a question about Ofsted.</summary>
    public double TypedCoverage(IReadOnlySet<string> terms, IReadOnlySet<string>? more = null)
    {
        if (TotalWeight <= 0)
        {
            return 0;
        }
        var matched = 0.0;
        for (var c = 0; c < Concepts.Count; c++)
        {
            if (Concepts[c].IsInAsTyped(terms, more))
            {
                matched += Concepts[c].Weight;
            }
        }
        return matched / TotalWeight;
    }

    /// <summary>
    /// <see cref="Coverage"/> and <see cref="TypedCoverage"/> of the same terms in one pass: the composer asks both of
    /// every sentence of every candidate, and the words as typed are the first way <see cref="QueryConcept.IsIn"/> tries.
    /// Each sum is taken in the same order as in those two, so both come out equal to the last bit.
    /// </summary>
    public (double Coverage, double Typed) Coverages(IReadOnlySet<string> terms, IReadOnlySet<string>? more = null) => CoveragesCrediting(terms, more, 0);

    /// <summary>
    /// <see cref="Coverages"/> with the concepts in <paramref name="credited"/> (bits by
    /// index) counted as held: the words naming the kind of fact asked, credited to a sentence that holds that kind (<see cref="KindWords"/>).
    /// </summary>
    public (double Coverage, double Typed) CoveragesCrediting(IReadOnlySet<string> terms, IReadOnlySet<string>? more, ulong credited)
    {
        var (matched, typed, total) = (0.0, 0.0, 0.0);
        for (var c = 0; c < Concepts.Count; c++)
        {
            var concept = Concepts[c];
            total += concept.Weight;
            var (isIn, asTyped) = concept.Holds(terms, more);
            if (isIn || c < 64 && (credited & (1UL << c)) != 0)
            {
                matched += concept.Weight;
            }
            if (asTyped)
            {
                typed += concept.Weight;
            }
        }
        var missing = total - matched;
        var coverage = matched <= 0 ? 0 : matched / (matched + MissingWeight * missing);
        return (coverage, total <= 0 ? 0 : typed / total);
    }

    /// <summary>
    /// This plan with the ideas of <paramref name="other"/> it lacks: what to cover when one section answers both parts of a
    /// message ("whats it cost and does it work on the tube as well"). The question, and so the kind of fact that leads, stay this one's.
    /// </summary>
    public QueryPlan WithIdeasOf(QueryPlan other)
    {
        var concepts = new List<QueryConcept>(Concepts);
        foreach (var concept in other.Concepts)
        {
            // An idea no guide names cannot be covered, and counted it would make the message look mostly about something unknown.
            if (!concept.Unknown && !concepts.Exists(c => c.Surface == concept.Surface || c.Alternatives[0].SequenceEqual(concept.Alternatives[0])))
            {
                concepts.Add(concept);
            }
        }
        return concepts.Count == Concepts.Count ? this : this with { Concepts = concepts };
    }

    /// <summary>How much a concept the passage lacks counts against it, relative to one it has.</summary>
    public const double MissingWeight = 0.5;
}
