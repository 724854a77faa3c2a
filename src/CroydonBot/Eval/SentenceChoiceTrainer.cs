using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Round AL (sent-al): fits seeds/sentence-choice.tsv (<see cref="SentenceChoice"/>) on every development answer turn of
/// quality-*, multiturn-* and routing-*: for each turn, the sections holding its expected facts (its hand label, else every
/// section whose words hold one string of each expected group, when at most <see cref="MaxSections"/> do). The fit is a
/// conditional logit over a section's sentences (the chance the lead makes a reply that passes), by full-batch gradient descent
/// from today's hand weights: deterministic, so the same data trains the same table.
/// Round AM (lead-am): the label is the REPLY's, not the sentence's: each candidate lead is composed into the reply the bot
/// would give with it (<see cref="AnswerComposer.Compose"/> with the lead forced: the lead-in with its list, the sentences
/// Choose adds after it, history dated) and marked by whether that reply passes the turn's check (must_include_any,
/// must_not_include). A sentence-level label marked list items over their lead-in and missed facts a later sentence says.
/// </summary>
public static class SentenceChoiceTrainer
{
    /// <summary>A turn whose facts more sections hold says little about which sentence of any of them answers.</summary>
    public const int MaxSections = 3;

    private const int Rounds = 300;
    private const double Step = 2.0;
    private const double Ridge = 0.002;

    /// <summary>One section read for one turn: its sentences' features, and which hold an expected string.</summary>
    /// <summary>
    /// One section read for one turn: its sentences' features, which leads make a passing reply, the hand rules' own lead
    /// (-1 when its reply is none of the forced ones) and whether the hand rules' reply passes.
    /// </summary>
    public sealed record Group(string Batch, string Id, int[][] Index, double[][] Value, bool[] Positive, int HandIndex, bool HandPass);

    public static IReadOnlyList<string> TrainingFiles(string evalFolder) =>
    [
        .. new[] { "quality-*.jsonl", "multiturn-*.jsonl", "routing-*.jsonl" }
            .SelectMany(p => Directory.EnumerateFiles(evalFolder, p)).Order(StringComparer.Ordinal),
    ];

    /// <remarks>
    /// Round AM (lead-am): <paramref name="retrieve"/> is the bot's own retrieval (the first words, as <see cref="RecentAnswers.Retrieve"/> reads them). A
    /// question asked alone is then labelled in the section the bot answers from, composed from the bot's hits, plan and parts,
    /// so the reply a lead makes is the bot's (a long message split in parts, the second source, the guards); a follow-up is
    /// still read on its own words in the sections holding its facts (no conversation here).
    /// </remarks>
    public static IReadOnlyList<Group> Groups(IReadOnlyList<Passage> passages, QueryPlanner planner, AnswerComposer composer, IEnumerable<string> files,
        Func<string, RetrievalResult>? retrieve = null)
    {
        var texts = passages.Select(p => p.Heading + "\n" + p.Text).ToArray();
        var groups = new List<Group>();
        Span<int> index = stackalloc int[SentenceChoice.MaxActive];
        Span<double> value = stackalloc double[SentenceChoice.MaxActive];
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var batch = AnswerGateTrainer.BatchOf(name);
            foreach (var c in EvalCase.ReadAll(file))
            {
                var script = c.Script;
                for (var t = 0; t < script.Count; t++)
                {
                    var turn = script[t];
                    if (turn.Expect != "answer" || turn.MustIncludeAny.Count == 0)
                    {
                        continue;
                    }
                    var followUp = t > 0 || c.Context.Count > 0;
                    if (!followUp && retrieve is not null)
                    {
                        if (AsTheBotAnswers(composer, retrieve(turn.Question), turn, batch, $"{c.Id}#{t + 1}", index, value) is { } own)
                        {
                            groups.Add(own);
                        }
                        continue;
                    }
                    var sections = new List<Passage>();
                    for (var p = 0; p < passages.Count; p++)
                    {
                        if (!c.IsScript && c.Section.Count > 0 ? c.IsExpectedSection(passages[p]) : turn.ContentMatches(texts[p]))
                        {
                            sections.Add(passages[p]);
                        }
                    }
                    if (sections.Count is 0 or > MaxSections)
                    {
                        continue;
                    }
                    // A follow-up is read as the composer reads one (Refocus): its own words, its kind in conversation.
                    var question = turn.Question;
                    var plan = planner.Plan(question);
                    var kind = followUp ? QuestionKinds.InConversation(question) : QuestionKinds.Of(question);
                    var ages = followUp ? SentenceAges.AskedIn(question) : SentenceAges.AskedNow(question);
                    var alsoAge = kind == QuestionKind.When && QuestionKinds.AsksAboutAsker(question);
                    var asked = AnswerComposer.AskedOf(question, kind, plan.AsksAboutNow && !plan.AsksAboutHistory);
                    foreach (var section in sections)
                    {
                        if (section.Buttons.Count > 0)
                        {
                            // An overview is always read from its start: no lead is chosen there.
                            continue;
                        }
                        var sentences = composer.SentencesOf(section);
                        var hits = new[] { new ScoredPassage(section, Number(passages, section), 1, 1) };
                        var focus = followUp ? plan : null;
                        var handReply = ReplyText(composer.Compose(plan, hits, focus));
                        var positive = new bool[sentences.Count];
                        var handIndex = -1;
                        for (var i = 0; i < sentences.Count; i++)
                        {
                            var reply = ReplyText(composer.Compose(plan, hits, focus, leadOverride: i));
                            positive[i] = Passes(turn, reply);
                            if (handIndex < 0 && reply == handReply)
                            {
                                handIndex = i;
                            }
                        }
                        var count = positive.Count(x => x);
                        if (count == 0 || count == positive.Length)
                        {
                            continue;
                        }
                        var (idx, val) = SparseRows(asked, composer.ChoiceRows(plan, kind, alsoAge, ages, section), index, value);
                        groups.Add(new Group(batch, $"{c.Id}#{t + 1}", idx, val, positive, handIndex, Passes(turn, handReply)));
                    }
                }
            }
        }
        return groups;
    }

    /// <summary>
    /// The group of a question asked alone, in the bot's top section: each lead forced into the reply composed from the bot's
    /// own retrieval, the features read as <see cref="AnswerComposer.Compose"/> reads the question. Null when it says nothing.
    /// </summary>
    private static Group? AsTheBotAnswers(AnswerComposer composer, RetrievalResult result, EvalTurn turn, string batch, string id, Span<int> index, Span<double> value)
    {
        if (result.Hits.Count == 0 || result.Hits[0].Passage.Buttons.Count > 0)
        {
            return null;
        }
        var section = result.Hits[0].Passage;
        var sentences = composer.SentencesOf(section);
        var handReply = ReplyText(composer.Compose(result.Plan, result.Hits, result.Focus, result.AlsoAsked));
        var positive = new bool[sentences.Count];
        var handIndex = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            var reply = ReplyText(composer.Compose(result.Plan, result.Hits, result.Focus, result.AlsoAsked, leadOverride: i));
            positive[i] = Passes(turn, reply);
            if (handIndex < 0 && reply == handReply)
            {
                handIndex = i;
            }
        }
        var count = positive.Count(x => x);
        if (count == 0 || count == positive.Length)
        {
            return null;
        }
        var plan = result.Plan;
        var focus = result.Focus;
        var kind = focus is null ? QuestionKinds.Of(plan.Question)
            : QuestionKinds.InConversation(focus.Question) is var own && own != QuestionKind.General ? own : QuestionKinds.InConversation(plan.Question);
        var ages = focus is null ? SentenceAges.AskedNow(plan.Question) : SentenceAges.AskedIn(focus.Question);
        var alsoAge = kind == QuestionKind.When && QuestionKinds.AsksAboutAsker((focus ?? plan).Question);
        var asked = AnswerComposer.AskedOf((focus ?? plan).Question, kind, (focus ?? plan).AsksAboutNow && !(focus ?? plan).AsksAboutHistory);
        var (idx, val) = SparseRows(asked, composer.ChoiceRows(plan, kind, alsoAge, ages, section), index, value);
        return new Group(batch, id, idx, val, positive, handIndex, Passes(turn, handReply));
    }

    /// <summary>Each sentence's active features as the table reads them (index and value arrays of its own, copied out of the buffers).</summary>
    private static (int[][] Index, double[][] Value) SparseRows(in SentenceChoice.Asked asked, IReadOnlyList<SentenceChoice.Row> rows,
        Span<int> index, Span<double> value)
    {
        var idx = new int[rows.Count][];
        var val = new double[rows.Count][];
        for (var i = 0; i < rows.Count; i++)
        {
            var n = SentenceChoice.Active(asked, rows[i], index, value);
            idx[i] = index[..n].ToArray();
            val[i] = value[..n].ToArray();
        }
        return (idx, val);
    }

    private static int Number(IReadOnlyList<Passage> passages, Passage passage)
    {
        for (var p = 0; p < passages.Count; p++)
        {
            if (ReferenceEquals(passages[p], passage))
            {
                return p;
            }
        }
        return -1;
    }

    /// <summary>What the reply says of its parts: every part's sentences (history dated) and what has happened since.</summary>
    public static string ReplyText(ComposedAnswer answer) =>
        string.Join('\n', answer.Parts.Select(p => p.Body)) + (answer.SinceThen is { } since ? "\n" + since : "");

    /// <summary>True when the reply holds one string of each expected group and no forbidden one (as scripts/score-batch.py checks).</summary>
    public static bool Passes(EvalTurn turn, string reply)
    {
        var text = reply.ToLowerInvariant();
        return turn.MustIncludeAny.All(any => any.Any(s => text.Contains(s.ToLowerInvariant(), StringComparison.Ordinal)))
            && !turn.MustNotInclude.Any(s => text.Contains(s.ToLowerInvariant(), StringComparison.Ordinal));
    }

    /// <summary>The weights fitted on the groups not in <paramref name="leaveOut"/>.</summary>
    public static double[] Fit(IReadOnlyList<Group> groups, string? leaveOut = null) =>
        Fit(groups, leaveOut is null ? [] : new HashSet<string>(StringComparer.Ordinal) { leaveOut });

    /// <summary>The weights fitted on the groups of batches not in <paramref name="leaveOut"/>.</summary>
    public static double[] Fit(IReadOnlyList<Group> groups, IReadOnlySet<string> leaveOut)
    {
        var w = SentenceChoice.HandWeights();
        var gradient = new double[w.Length];
        var used = groups.Where(g => !leaveOut.Contains(g.Batch)).ToList();
        var scores = new double[256];
        for (var round = 0; round < Rounds; round++)
        {
            Array.Clear(gradient);
            foreach (var g in used)
            {
                var n = g.Positive.Length;
                if (scores.Length < n)
                {
                    scores = new double[n];
                }
                var max = double.NegativeInfinity;
                for (var i = 0; i < n; i++)
                {
                    scores[i] = Dot(w, g.Index[i], g.Value[i]);
                    max = Math.Max(max, scores[i]);
                }
                double all = 0, pos = 0;
                for (var i = 0; i < n; i++)
                {
                    var e = Math.Exp(scores[i] - max);
                    all += e;
                    pos += g.Positive[i] ? e : 0;
                }
                // d(-log P(a positive leads)) = sum_i (p_i - q_i) x_i, q the chance among positives only.
                for (var i = 0; i < n; i++)
                {
                    var e = Math.Exp(scores[i] - max);
                    var coefficient = e / all - (g.Positive[i] ? e / pos : 0);
                    for (var k = 0; k < g.Index[i].Length; k++)
                    {
                        gradient[g.Index[i][k]] += coefficient * g.Value[i][k];
                    }
                }
            }
            for (var k = 0; k < w.Length; k++)
            {
                w[k] -= Step * (gradient[k] / Math.Max(1, used.Count) + Ridge * w[k]);
            }
        }
        return [.. w.Select(SentenceChoice.Rounded)];
    }

    /// <summary>
    /// How many groups' replies pass with the learned lead and with the hand rules' lead. The learned lead replaces the hand lead
    /// only when it scores more than <paramref name="margin"/> above it (the first of equals leads; a hand lead none of the forced
    /// replies matched is replaced whenever the learned lead is not the hand reply's).
    /// </summary>
    public static (int Learned, int Hand) Correct(IReadOnlyList<Group> groups, double[] w, double margin = double.NegativeInfinity)
    {
        int learned = 0, hand = 0;
        foreach (var g in groups)
        {
            var best = Lead(g, w);
            var bestScore = Dot(w, g.Index[best], g.Value[best]);
            var replaced = g.HandIndex < 0 || best != g.HandIndex && bestScore - Dot(w, g.Index[g.HandIndex], g.Value[g.HandIndex]) > margin;
            learned += (replaced ? g.Positive[best] : g.HandPass) ? 1 : 0;
            hand += g.HandPass ? 1 : 0;
        }
        return (learned, hand);
    }

    /// <summary>The index of the group's first-scoring sentence (the first of equals).</summary>
    public static int Lead(Group g, double[] w)
    {
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < g.Positive.Length; i++)
        {
            var s = Dot(w, g.Index[i], g.Value[i]);
            if (s > bestScore)
            {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    private static double Dot(double[] w, int[] index, double[] value)
    {
        var s = 0.0;
        for (var k = 0; k < index.Length; k++)
        {
            s += w[index[k]] * value[k];
        }
        return s;
    }
}
