namespace CroydonBot.Knowledge;

/// <summary>
/// Finds the passages that answer a question: Lucene BM25 over every way of saying each concept, then a
/// re-ranking by how much of the question a passage covers and by recency, because an old finding must
/// never beat the current one for a question about now.
/// </summary>
public sealed class Retriever(KnowledgeIndex index, QueryPlanner planner, Reranker? reranker = null)
{
    private const int CandidateCount = 25;
    private const float SynonymBoost = 0.7f;

    /// <summary>A concept scores as its best way of being said, plus a little for each other way found.</summary>
    public const float ConceptTieBreaker = 0.1f;
    private const double PrimarySourceBonus = 1.1;
    private const double OverviewFactor = 0.8;

    // A question as broad as an overview is its question: the overview leads over any one entitlement's section, which
    // shares the same few words ("entitled", "leave care") and would otherwise win on them (OverviewBreadth).
    private const double BroadOverviewFactor = 1.25;

    private readonly OverviewBreadth _breadth = new(index);

    private static readonly (string Field, float Boost)[] Fields =
    [
        (KnowledgeIndex.TextField, 1.0f),
        (KnowledgeIndex.QuestionsField, 1.2f),
        (KnowledgeIndex.HeadingField, 1.0f),
        (KnowledgeIndex.TitleField, 0.3f),
    ];

    /// <summary>The re-ranker in use; null when the plain lexical ranking is configured.</summary>
    public Reranker? Reranker => reranker;

    /// <summary>
    /// The plan <see cref="Retrieve"/> would search <paramref name="question"/> with, without the search: for a caller that
    /// only weighs a reading's ideas against passages it already has.
    /// </summary>
    public QueryPlan Plan(string question) => planner.Plan(question);

    /// <summary>
    /// The <paramref name="count"/> best passages for <paramref name="question"/>. <paramref name="withoutBatch"/> (training and eval
    /// only) leaves that batch's questions out of the re-ranker's neighbours, so a labelled question is read as a fresh one
    /// would be, not as its own nearest neighbour.
    /// </summary>
    public RetrievalResult Retrieve(string question, int count = 5, string? withoutBatch = null)
    {
        var plan = planner.Plan(question);
        if (plan.IsEmpty)
        {
            return new RetrievalResult(plan, []);
        }
        var hits = index.Search(Clauses(plan), ConceptTieBreaker, CandidateCount);
        if (hits.Count == 0)
        {
            return new RetrievalResult(plan, []);
        }
        return new RetrievalResult(plan, Rank(plan, hits, count, withoutBatch));
    }

    /// <summary>
    /// Lucene's candidates for a question with their lexical score (BM25 over the best) and coverage, before
    /// any ranking: what <c>eval --fit</c> fits the re-ranker's weights on.
    /// </summary>
    public (QueryPlan Plan, IReadOnlyList<(int Number, double Lexical, double Coverage)> Candidates) Candidates(string question)
    {
        var plan = planner.Plan(question);
        if (plan.IsEmpty)
        {
            return (plan, []);
        }
        var hits = index.Search(Clauses(plan), ConceptTieBreaker, CandidateCount);
        var maxScore = hits.Count == 0 ? 1 : hits.Max(h => h.Score);
        var facts = reranker?.Facts(plan);
        return (plan, [.. hits.Select(h => (h.Ordinal, (double)(h.Score / maxScore), Coverage(plan, facts, h.Ordinal)))]);
    }

    private ScoredPassage[] Rank(QueryPlan plan, IReadOnlyList<(int Ordinal, float Score)> hits, int count, string? withoutBatch)
    {
        var maxScore = float.MinValue;
        for (var i = 0; i < hits.Count; i++)
        {
            maxScore = Math.Max(maxScore, hits[i].Score);
        }
        var scored = new ScoredPassage[hits.Count];
        var order = new int[hits.Count];
        var facts = reranker?.Facts(plan, withoutBatch);
        var askedOnly = plan.HasContext;
        Span<double> features = stackalloc double[Reranker.FeatureCount];
        for (var i = 0; i < scored.Length; i++)
        {
            var (ordinal, score) = hits[i];
            var coverage = Coverage(plan, facts, ordinal);
            var passage = index.Passages[ordinal];
            double rank;
            var questionMatch = 0.0;
            var lift = 0.0;
            if (reranker is null)
            {
                rank = 0.65 * coverage + 0.35 * (score / maxScore);
            }
            else
            {
                reranker.Features(plan, facts!, ordinal, score / maxScore, coverage, features);
                rank = reranker.Score(features);
                questionMatch = features[Reranker.QuestionMatchFeature];
                lift = reranker.NeighbourLift(features);
            }
            var broad = passage.Buttons.Count > 0 && _breadth.IsBroadFor(plan, ordinal);
            if (broad)
            {
                rank *= BroadOverviewFactor;
                lift *= BroadOverviewFactor;
            }
            else if (passage.Buttons.Count > 0 && questionMatch < 1)
            {
                // An overview names every entitlement, so it shares words with most questions; it answers the
                // broad ones ("what am I entitled to"), and a specific question goes to the section it points to.
                rank *= OverviewFactor;
                lift *= OverviewFactor;
            }
            // Ranked on the whole message, the story weighing less; judged answerable on what it asks (QueryPlan.AskedCoverage).
            var covers = askedOnly ? Math.Max(coverage, plan.AskedCoverage(index.TermsOf(ordinal))) : coverage;
            var recency = RecencyFactor(plan, passage);
            scored[i] = new ScoredPassage(passage, ordinal, rank * recency, covers, questionMatch, lift * recency)
            {
                AnswersBroadly = broad,
                QuotesSomeone = reranker?.TraitsOf(ordinal) is { SpeakerTerms: { } speaker } && !NamesTheSpeaker(plan, speaker),
                SpeakerAsked = reranker?.TraitsOf(ordinal) is { SpeakerTerms: { } named } && NamesTheSpeaker(plan, named),
            };
            order[i] = i;
        }
        // Best first; equal scores keep Lucene's order, as a stable sort would.
        Array.Sort(order, (a, b) => scored[a].Score != scored[b].Score ? scored[b].Score.CompareTo(scored[a].Score) : a.CompareTo(b));
        if (reranker is not null && facts!.Role is null && !facts.AsksForWords)
        {
            // A quote from another time that misses what a close guide section says it is about does not lead (issue 12).
            var fragmentTerms = index.TermsOf(scored[order[0]].Number);
            var fragmentYears = reranker.TraitsOf(scored[order[0]].Number).OwnYears;
            var fragmentQuotesSomeone = scored[order[0]].QuotesSomeone;
            // The cheap test first: a section speaking from the fragment's year never takes the lead from a report (only from
            // someone's words), so its declared subject, read against the question's terms, is not worked out for it.
            GuidePrecedence.Apply(scored, order, i => reranker.TraitsOf(scored[i].Number).OwnYears.Overlaps(fragmentYears) is var sameYear
                && (fragmentQuotesSomeone || !sameYear)
                && GuidePrecedence.TakesTheLead(reranker.DeclaredSubject(plan, facts, scored[i].Number), fragmentQuotesSomeone, sameYear, fragmentTerms));
            // A passage that does not hold the thing the question names gives way to the section about it.
            if (NamePrecedence.Of(plan, reranker.Names) is { } idea)
            {
                NamePrecedence.Apply(scored, order, i => idea.IsIn(index.TermsOf(scored[i].Number)), i => reranker.Declares(scored[i].Number, idea));
            }
        }
        if (reranker is not null)
        {
            // Whatever role the question names ("ofsted" is said as "inspector" too): one side of a judgement asked of the whole
            // ("what was croydon good at") leads with the close section whose heading says it.
            // Not of now ("is it still that bad"): that asks the grade today, which the rating now gives.
            if (facts!.SideOfTheWhole && !plan.AsksAboutNow)
            {
                if (facts.Side != JudgementSide.None)
                {
                    SidePrecedence.Apply(scored, order, facts.Side, i => reranker.TraitsOf(scored[i].Number).Side);
                }
                else
                {
                    // No side asked: one side leads only when no section of the same inspection says the whole as well.
                    var topYears = reranker.TraitsOf(scored[order[0]].Number).OwnYears;
                    SidePrecedence.ApplyToTheWhole(scored, order, i => reranker.TraitsOf(scored[i].Number).Side,
                        i => reranker.TraitsOf(scored[i].Number).OwnYears.Overlaps(topYears));
                }
            }
            // A question asking why goes to the close section that says why, not the one naming the grade it asks about.
            if (ReasonPrecedence.Asks(plan.Question))
            {
                ReasonPrecedence.Apply(scored, order);
            }
            // Round AJ (help-aj): a question asking what something does goes to the close section of its guide saying what it does,
            // not the one saying what it is.
            else if (ActivityPrecedence.Asks(plan.Question))
            {
                ActivityPrecedence.Apply(scored, order);
            }
            // A how-many question goes to the close section that counts the thing counted, not one that never says it.
            if (CountPrecedence.Of(plan) is { } counted)
            {
                CountPrecedence.Apply(scored, order, i => counted.IsIn(index.TermsOf(scored[i].Number)), i => reranker.Declares(scored[i].Number, counted));
            }
        }
        var ranked = new ScoredPassage[Math.Min(count, order.Length)];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = scored[order[i]];
        }
        return ranked;
    }

    /// <summary>
    /// True when the question names who speaks in a passage ("the ambassadors who spoke at the cabinet meeting, what did they
    /// say"): then that speaker's words are what it asks for, not a view beside the answer.
    /// </summary>
    private static bool NamesTheSpeaker(QueryPlan plan, IReadOnlySet<string> speaker) =>
        plan.Concepts.Any(c => !c.Context && c.Weight >= 1 && c.IsIn(speaker));

    /// <summary>How much of the question a passage covers; re-ranked, an age the question names counts as held by a
    /// passage whose age range includes it ("im 23" and "up to age 25").</summary>
    private double Coverage(QueryPlan plan, QuestionFacts? facts, int ordinal) =>
        facts is null ? plan.Coverage(index.TermsOf(ordinal)) : reranker!.Coverage(facts, ordinal);

    /// <summary>
    /// History stays history: an old document is pushed down unless the question asks about the past or
    /// names its year; a passage naming the year asked about is pulled up.
    /// </summary>
    public static double RecencyFactor(QueryPlan plan, Passage passage)
    {
        // A source document's own words beat our guide's summary of them when both answer equally well.
        var factor = passage.Document.Kind == "guide" ? 1.0 : PrimarySourceBonus;
        var document = passage.Document;
        if (passage.IsHistorical)
        {
            // Asked about now, a guide's history section is said only after its "Now:" line (the current
            // position), so it may still answer "is it still...?"; an old document stays pushed down.
            factor *= plan.AsksAboutHistory ? 1.0 : plan.AsksAboutNow ? (passage.Now is null ? 0.5 : 0.9) : 0.85;
        }
        else if (plan.AsksAboutNow)
        {
            factor *= 1 + 0.01 * Math.Clamp(document.Date.Year - 2017, 0, 10);
        }
        if (plan.Years.Count > 0)
        {
            var mentions = false;
            Span<char> digits = stackalloc char[11];
            for (var y = 0; y < plan.Years.Count; y++)
            {
                var year = plan.Years[y];
                year.TryFormat(digits, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
                var name = digits[..length];
                mentions |= passage.Text.AsSpan().Contains(name, StringComparison.Ordinal)
                    || passage.DateLabel.AsSpan().Contains(name, StringComparison.Ordinal)
                    || (passage.DatedLabel is null && document.Date.Year == year);
            }
            factor *= mentions ? 1.25 : 0.9;
        }
        return factor;
    }

    /// <summary>Per concept, every way of saying it in every field where all its words occur: what the index scores.</summary>
    public IReadOnlyList<IReadOnlyList<ScoringClause>> Clauses(QueryPlan plan)
    {
        var concepts = new List<IReadOnlyList<ScoringClause>>(plan.Concepts.Count);
        for (var c = 0; c < plan.Concepts.Count; c++)
        {
            var concept = plan.Concepts[c];
            var ways = new List<ScoringClause>();
            for (var a = 0; a < concept.Alternatives.Count; a++)
            {
                var boost = a == 0 ? 1f : SynonymBoost;
                foreach (var (field, fieldBoost) in Fields)
                {
                    if (IsInIndex(field, concept.Alternatives[a]))
                    {
                        ways.Add(new ScoringClause(field, concept.Alternatives[a], boost * fieldBoost));
                    }
                }
            }
            if (ways.Count > 0)
            {
                concepts.Add(ways);
            }
        }
        return concepts;
    }

    /// <summary>
    /// False when some word of a way of saying a concept is in no passage's field: such a clause can match
    /// nothing, and BM25 (no coord factor, no query norm) scores the same without it.
    /// </summary>
    private bool IsInIndex(string field, IReadOnlyList<string> terms)
    {
        for (var t = 0; t < terms.Count; t++)
        {
            if (!index.Contains(field, terms[t]))
            {
                return false;
            }
        }
        return true;
    }
}
