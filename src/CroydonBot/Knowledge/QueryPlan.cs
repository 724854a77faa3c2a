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

    /// <summary>Years before this are history (the 2017 inspection and the years of improvement after it).</summary>
    public const int HistoryBefore = 2020;

    /// <summary>
    /// How much of the question's meaning (rarity-weighted) a passage's terms cover, 0 to 1. Missing concepts
    /// count half: young people wrap a clear question in words no document uses ("someone mentioned..."),
    /// while an off-topic question ("a good film tonight") still matches almost nothing that matters.
    /// Terms in <paramref name="more"/> count as the passage's too.
    /// </summary>
    public double Coverage(IReadOnlySet<string> terms, IReadOnlySet<string>? more = null)
    {
        var matched = 0.0;
        for (var c = 0; c < Concepts.Count; c++)
        {
            if (Concepts[c].IsIn(terms, more))
            {
                matched += Concepts[c].Weight;
            }
        }
        var missing = TotalWeight - matched;
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

    /// <summary>How much a concept the passage lacks counts against it, relative to one it has.</summary>
    public const double MissingWeight = 0.5;

    /// <summary>
    /// How much a word no passage uses counts against answering, relative to a known concept a passage lacks.
    /// Such a word ("sorry", "silly", "strictly") is missing from every passage alike, so it says nothing about
    /// which passage answers, yet as the rarest of words it weighs most: long, chatty questions fell below the
    /// threshold. A question mostly made of such words is declined by <see cref="UnknownSubject"/> instead.
    /// </summary>
    public static double UnknownMissingWeight { get; set; } = double.Parse(Environment.GetEnvironmentVariable("CB_UNK") ?? "0.5", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="Coverage"/> for deciding whether to answer at all: as coverage, but a concept no passage
    /// knows counts <see cref="UnknownMissingWeight"/> of its weight.
    /// </summary>
    public double Answerability(IReadOnlySet<string> terms, IReadOnlySet<string>? more = null)
    {
        var (matched, missing) = (0.0, 0.0);
        for (var c = 0; c < Concepts.Count; c++)
        {
            var concept = Concepts[c];
            if (concept.IsIn(terms, more))
            {
                matched += concept.Weight;
            }
            else
            {
                missing += concept.Unknown ? UnknownMissingWeight * concept.Weight : concept.Weight;
            }
        }
        return matched <= 0 ? 0 : matched / (matched + MissingWeight * missing);
    }

    /// <summary>
    /// What the question is about: its most telling (rarest) concept that the knowledge base knows, or null for
    /// a question of one idea or none. A passage that lacks it answers something else, however many of the
    /// question's lesser words it shares.
    /// </summary>
    public QueryConcept? Subject
    {
        get
        {
            QueryConcept? subject = null;
            var known = 0;
            for (var c = 0; c < Concepts.Count; c++)
            {
                var concept = Concepts[c];
                if (concept.Unknown)
                {
                    continue;
                }
                known++;
                if (subject is null || concept.Weight > subject.Weight)
                {
                    subject = concept;
                }
            }
            return known >= 2 ? subject : null;
        }
    }
}
