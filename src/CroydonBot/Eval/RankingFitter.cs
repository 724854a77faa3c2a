using System.Globalization;
using System.Text;
using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Fits the re-ranker's weights on labelled questions (cases with an expected section: hand labels, else the passages
/// holding the expected facts, <see cref="SectionLabeller"/>) by coordinate ascent on top-1 section accuracy, and says
/// honestly how well that generalises: k-fold cross-validation, each fold scored with weights fitted on the other folds
/// only, and leave-one-batch-out: each batch scored with weights fitted on the other batches, the nearest thing to a
/// batch nobody here has read.
/// </summary>
public sealed class RankingFitter(Retriever retriever, Reranker reranker, KnowledgeIndex index)
{
    private const int Folds = 5;
    private const int Passes = 4;
    private static readonly double[] Grid = [-0.6, -0.4, -0.3, -0.2, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8];

    /// <summary>
    /// Features that say a candidate fits the question better (matches one of its questions, holds the fact
    /// asked for) may only help it: a negative weight there would be noise fitted on a hundred questions.
    /// </summary>
    private static readonly HashSet<string> NonNegative =
        ["lexical", "question_match", "heading_match", "kind_fit", "age_fit", "now_section", "own_year", "sentence_coverage", "neighbour"];

    /// <summary>
    /// Features set by design, not fitted (seeds/ranking.yaml says why): each fires for a narrow kind of question (said
    /// whole, naming a speaker, asking the weak part of a judgement), too rare in any batch for a fit to weigh it.
    /// coverage is not fitted either: it is the scale the others are weighed against.
    /// </summary>
    private static readonly HashSet<string> Fixed = ["coverage", "question_exact", "speaker_match", "quote_fit", "shortfall_fit", "side_fit"];

    /// <summary>One candidate of a labelled question: features, the recency factor, its section (numbered within the question) and whether it is expected.</summary>
    private sealed record Candidate(double[] Features, double Recency, int Section, bool Expected);

    /// <summary>One labelled question: its candidates in Lucene's order and how many distinct sections they come from.</summary>
    private sealed record Question(Candidate[] Candidates, int Sections);

    /// <param name="batches">Each eval file's name and cases; quality-x and routing-x are one batch (one writer, one sitting).</param>
    /// <param name="current">The weights seeds/ranking.yaml holds now, scored beside the fitted ones; the fixed features keep theirs.</param>
    /// <param name="handLabelsOnly">Only cases labelled by hand, as before the expected facts labelled the rest.</param>
    /// <param name="fitOnly">When not empty, only these features are fitted, from the current weights; the rest keep theirs.</param>
    /// <param name="tries">Other settings scored beside the current weights, each the current weights with some features
    /// changed (round AK: "neighbour 0.3"), in-sample and batch by batch; nothing is fitted for them.</param>
    public string Run(IReadOnlyList<(string Batch, IReadOnlyList<EvalCase> Cases)> batches, RankingWeights current, bool handLabelsOnly = false,
        IReadOnlySet<string>? fitOnly = null, IReadOnlyList<(string Name, IReadOnlyDictionary<string, double> Changes)>? tries = null)
    {
        fitOnly ??= new HashSet<string>();
        tries ??= [];
        var labeller = new SectionLabeller(index.Passages);
        var cases = batches
            .SelectMany(b => b.Cases.Select(FirstQuestion).OfType<EvalCase>()
                .Select(c => (Batch: BatchOf(b.Batch), Own: AnswerGateTrainer.BatchOf(b.Batch), Hand: c.Section.Count > 0, Case: handLabelsOnly && c.Section.Count == 0 ? null : labeller.Labelled(c))))
            .Where(p => p.Case is not null)
            .Select(p => (p.Batch, p.Own, p.Hand, Case: p.Case!))
            .ToList();
        var prepared = cases
            .Select(p => (p.Batch, p.Hand, p.Case.Id, Question: Prepare(p.Case, p.Own)))
            .Where(p => p.Question.Candidates.Length > 0)
            .ToList();
        var hand = prepared.Count(p => p.Hand);
        var labelled = prepared.OrderBy(p => StableHash(p.Id)).Select(p => p.Question).ToList();
        var byBatch = prepared.GroupBy(p => p.Batch).Select(g => (Batch: g.Key, Cases: (IReadOnlyList<Question>)[.. g.Select(p => p.Question)])).ToList();
        var lexical = RankingWeights.Lexical.ToArray();
        var start = (double[])lexical.Clone();
        var now = current.ToArray();
        var tried = tries.Select(t => (t.Name, Weights: With(now, t.Changes))).ToList();
        foreach (var name in Fixed.Where(n => n != "coverage"))
        {
            start[Array.IndexOf(Reranker.FeatureNames, name)] = now[Array.IndexOf(Reranker.FeatureNames, name)];
        }
        IReadOnlySet<string> fixedNow = Fixed;
        if (fitOnly.Count > 0)
        {
            start = (double[])now.Clone();
            fixedNow = Reranker.FeatureNames.Where(n => !fitOnly.Contains(n)).ToHashSet(StringComparer.Ordinal);
        }
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture,
            $"{labelled.Count} labelled questions ({hand} by hand, {labelled.Count - hand} by the passages holding their expected facts; {cases.Count - labelled.Count} with no candidate), {byBatch.Count} batches");
        s.AppendLine(Line("lexical (no fitting)", Score(labelled, lexical), labelled.Count));
        s.AppendLine(Line("current seeds/ranking.yaml", Score(labelled, now), labelled.Count));
        foreach (var (name, weights) in tried)
        {
            s.AppendLine(Line(name, Score(labelled, weights), labelled.Count));
        }
        var outOfFold = (Top1: 0, Top3: 0);
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = labelled.Where((_, i) => i % Folds != fold).ToList();
            var test = labelled.Where((_, i) => i % Folds == fold).ToList();
            var (top1, top3) = Score(test, Fit(train, start, fixedNow));
            outOfFold = (outOfFold.Top1 + top1, outOfFold.Top3 + top3);
        }
        s.AppendLine(Line($"fitted, {Folds}-fold cross-validated", outOfFold, labelled.Count));
        var all = Fit(labelled, start, fixedNow);
        s.AppendLine(Line("fitted on all (in-sample)", Score(labelled, all), labelled.Count));
        if (byBatch.Count > 1)
        {
            s.AppendLine().AppendLine("leave-one-batch-out (each batch scored with weights fitted on the others), top-1 / top-3:");
            // Columns: lexical, current, each tried setting (as they stand: only the neighbours differ per batch), fitted on the others.
            var names = new List<string> { "lexical", "current" };
            names.AddRange(tried.Select((_, i) => $"try {i + 1}"));
            names.Add("held out");
            s.AppendLine(CultureInfo.InvariantCulture, $"  {"batch",-16} {"n",4}  {string.Join("  ", names.Select(n => $"{n,-11}"))}");
            var sums = new (int Top1, int Top3)[names.Count];
            foreach (var (batch, test) in byBatch.OrderBy(b => b.Batch, StringComparer.Ordinal))
            {
                var held = Fit([.. byBatch.Where(b => b.Batch != batch).SelectMany(b => b.Cases)], start, fixedNow);
                var scores = new List<(int Top1, int Top3)> { Score(test, lexical), Score(test, now) };
                scores.AddRange(tried.Select(t => Score(test, t.Weights)));
                scores.Add(Score(test, held));
                for (var i = 0; i < names.Count; i++)
                {
                    sums[i] = (sums[i].Top1 + scores[i].Top1, sums[i].Top3 + scores[i].Top3);
                }
                s.AppendLine(CultureInfo.InvariantCulture, $"  {batch,-16} {test.Count,4}  {string.Join("  ", scores.Select(p => $"{Pair(p),-11}"))}");
            }
            s.AppendLine(CultureInfo.InvariantCulture, $"  {"all",-16} {labelled.Count,4}  {string.Join("  ", sums.Select(p => $"{Pair(p),-11}"))}");
            s.AppendLine(Line("lexical", sums[0], labelled.Count));
            s.AppendLine(Line("current seeds/ranking.yaml", sums[1], labelled.Count));
            for (var i = 0; i < tried.Count; i++)
            {
                s.AppendLine(Line($"try {i + 1}: {tried[i].Name}", sums[2 + i], labelled.Count));
            }
            s.AppendLine(Line("fitted, all batches, each held out", sums[^1], labelled.Count));
        }
        s.AppendLine().AppendLine("weights fitted on all:");
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i] != 0)
            {
                s.AppendLine(CultureInfo.InvariantCulture, $"  {Reranker.FeatureNames[i]}: {all[i]:0.###}");
            }
        }
        return s.ToString();
    }

    /// <summary>
    /// The case a labelled question is read from: a single question as it is, a script by its first turn (asked with
    /// nothing before it, so it is a fresh question like any other; later turns lean on the conversation). Null for a
    /// script with no turns.
    /// </summary>
    public static EvalCase? FirstQuestion(EvalCase c) => !c.IsScript ? c
        : new EvalCase
        {
            Id = c.Id + "#1",
            Question = c.Turns[0].Question,
            Expect = c.Turns[0].Expect,
            MustIncludeAny = c.Turns[0].MustIncludeAny,
            MustNotInclude = c.Turns[0].MustNotInclude,
        };

    /// <summary>The current weights with some features changed by name.</summary>
    private static double[] With(double[] weights, IReadOnlyDictionary<string, double> changes)
    {
        var changed = (double[])weights.Clone();
        foreach (var (name, value) in changes)
        {
            var at = Array.IndexOf(Reranker.FeatureNames, name);
            if (at < 0)
            {
                throw new ArgumentException($"No ranking feature '{name}' (features: {string.Join(", ", Reranker.FeatureNames)}).");
            }
            changed[at] = value;
        }
        return changed;
    }

    /// <summary>
    /// The batch an eval file belongs to: "quality-ad", "routing-ad" and "multiturn-ad" were written together, so leaving
    /// one batch out leaves all of them out; "dev-questions" is its own.
    /// </summary>
    public static string BatchOf(string file)
    {
        foreach (var prefix in (string[])["quality-", "routing-", "multiturn-"])
        {
            if (file.StartsWith(prefix, StringComparison.Ordinal))
            {
                return file[prefix.Length..];
            }
        }
        return file;
    }

    private static string Pair((int Top1, int Top3) score) => $"{score.Top1}/{score.Top3}";

    private static string Line(string name, (int Top1, int Top3) score, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-42} top-1 {score.Top1,4}/{n} ({100.0 * score.Top1 / n:0}%)  top-3 {score.Top3,4}/{n} ({100.0 * score.Top3 / n:0}%)");

    /// <summary>The candidates of a case of batch <paramref name="batch"/>, its neighbours drawn from the other batches only.</summary>
    private Question Prepare(EvalCase c, string batch)
    {
        var (plan, candidates) = retriever.Candidates(c.Question);
        if (candidates.Count == 0)
        {
            return new Question([], 0);
        }
        var facts = reranker.Facts(plan, withoutBatch: batch, all: true);
        var sections = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var prepared = candidates.Select(h =>
        {
            var features = new double[Reranker.FeatureCount];
            reranker.Features(plan, facts, h.Number, h.Lexical, h.Coverage, features, all: true);
            var passage = index.Passages[h.Number];
            var section = EvalCase.SectionOf(passage);
            if (!sections.TryGetValue(section, out var number))
            {
                sections[section] = number = sections.Count;
            }
            return new Candidate(features, Retriever.RecencyFactor(plan, passage), number, c.IsExpectedSection(passage));
        }).ToArray();
        return new Question(prepared, sections.Count);
    }

    /// <summary>
    /// Coordinate ascent from <paramref name="start"/>; the <see cref="Fixed"/> features keep their values. Each candidate's
    /// weighted sum is kept and moved by one feature's change, so a step costs one pass over the candidates.
    /// </summary>
    private static double[] Fit(IReadOnlyList<Question> cases, double[] start, IReadOnlySet<string> fixedFeatures)
    {
        var weights = (double[])start.Clone();
        var sums = cases.Select(q => q.Candidates.Select(c => Dot(c.Features, weights)).ToArray()).ToArray();
        var best = Objective(Score(cases, sums, -1, 0));
        for (var pass = 0; pass < Passes; pass++)
        {
            var changed = false;
            for (var i = 0; i < weights.Length; i++)
            {
                if (fixedFeatures.Contains(Reranker.FeatureNames[i]))
                {
                    continue;
                }
                var keep = weights[i];
                foreach (var value in Grid)
                {
                    if (value == keep || value < 0 && NonNegative.Contains(Reranker.FeatureNames[i]))
                    {
                        continue;
                    }
                    var objective = Objective(Score(cases, sums, i, value - weights[i]));
                    if (objective > best + 1e-9)
                    {
                        (best, keep, changed) = (objective, value, true);
                    }
                }
                var delta = keep - weights[i];
                if (delta != 0)
                {
                    for (var q = 0; q < cases.Count; q++)
                    {
                        for (var c = 0; c < sums[q].Length; c++)
                        {
                            sums[q][c] += delta * cases[q].Candidates[c].Features[i];
                        }
                    }
                    weights[i] = keep;
                }
            }
            if (!changed)
            {
                break;
            }
        }
        return weights;
    }

    private static double Dot(double[] features, double[] weights)
    {
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i] * features[i];
        }
        return sum;
    }

    private static double Objective((int Top1, int Top3) score) => score.Top1 + 0.25 * score.Top3;

    private static (int Top1, int Top3) Score(IReadOnlyList<Question> cases, double[] weights) =>
        Score(cases, [.. cases.Select(q => q.Candidates.Select(c => Dot(c.Features, weights)).ToArray())], -1, 0);

    /// <summary>Top-1 and top-3 with each candidate's sum moved by <paramref name="delta"/> times feature <paramref name="feature"/> (none when -1).</summary>
    private static (int Top1, int Top3) Score(IReadOnlyList<Question> cases, double[][] sums, int feature, double delta)
    {
        var (top1, top3) = (0, 0);
        for (var q = 0; q < cases.Count; q++)
        {
            var rank = RankOfExpected(cases[q], sums[q], feature, delta);
            top1 += rank == 1 ? 1 : 0;
            top3 += rank is <= 3 ? 1 : 0;
        }
        return (top1, top3);
    }

    /// <summary>
    /// The 1-based rank of the first expected section among the distinct sections, best first, as the bot orders them
    /// (equal scores keep Lucene's order); a section is shown by its best passage, so it counts only when that one is expected.
    /// </summary>
    private static int? RankOfExpected(Question question, double[] sums, int feature, double delta)
    {
        var candidates = question.Candidates;
        Span<int> best = question.Sections <= 256 ? stackalloc int[question.Sections] : new int[question.Sections];
        Span<double> scores = candidates.Length <= 256 ? stackalloc double[candidates.Length] : new double[candidates.Length];
        best.Fill(-1);
        for (var c = 0; c < candidates.Length; c++)
        {
            var sum = feature < 0 ? sums[c] : sums[c] + delta * candidates[c].Features[feature];
            scores[c] = sum * candidates[c].Recency;
            var section = candidates[c].Section;
            // Lucene's order breaks ties: an equal score later in the list does not replace the earlier one.
            if (best[section] < 0 || scores[c] > scores[best[section]])
            {
                best[section] = c;
            }
        }
        var expected = -1;
        for (var section = 0; section < best.Length; section++)
        {
            var c = best[section];
            if (candidates[c].Expected && (expected < 0 || Before(scores, c, expected)))
            {
                expected = c;
            }
        }
        if (expected < 0)
        {
            return null;
        }
        var rank = 1;
        for (var section = 0; section < best.Length; section++)
        {
            if (best[section] != expected && Before(scores, best[section], expected))
            {
                rank++;
            }
        }
        return rank;
    }

    private static bool Before(ReadOnlySpan<double> scores, int a, int b) => scores[a] > scores[b] || scores[a] == scores[b] && a < b;

    private static int StableHash(string s)
    {
        var hash = 17;
        foreach (var ch in s)
        {
            hash = unchecked(hash * 31 + ch);
        }
        return hash;
    }
}
