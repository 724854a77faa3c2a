using System.Globalization;
using System.Text;
using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Fits the re-ranker's weights on labelled questions (cases with an expected section) by coordinate ascent
/// on top-1 section accuracy, and says honestly how well that generalises: k-fold cross-validation, each
/// fold scored with weights fitted on the other folds only, and leave-one-batch-out: each batch (file) scored
/// with weights fitted on the other batches, the nearest thing to a batch nobody here has read.
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
        ["lexical", "question_match", "heading_match", "kind_fit", "age_fit", "now_section", "own_year", "sentence_coverage"];

    /// <summary>One labelled question's candidates: features, the recency factor, section and whether it is expected.</summary>
    private sealed record Candidate(double[] Features, double Recency, string Section, bool Expected);

    public string Run(IReadOnlyList<(string Batch, IReadOnlyList<EvalCase> Cases)> batches, RankingWeights current)
    {
        var byBatch = batches
            .Select(b => (b.Batch, Cases: (IReadOnlyList<Candidate[]>)[.. b.Cases.Where(c => c.Expect == "answer" && c.Section.Count > 0).Select(Prepare)]))
            .ToList();
        var labelled = byBatch.SelectMany(b => b.Cases.Select(c => (b.Batch, Candidates: c)))
            .Zip(batches.SelectMany(b => b.Cases.Where(c => c.Expect == "answer" && c.Section.Count > 0)))
            .OrderBy(p => StableHash(p.Second.Id))
            .Select(p => p.First.Candidates)
            .ToList();
        var lexical = RankingWeights.Lexical.ToArray();
        // question_exact is not fitted: it keeps the value seeds/ranking.yaml gives it by design.
        var start = (double[])lexical.Clone();
        start[Array.IndexOf(Reranker.FeatureNames, "question_exact")] = current.ToArray()[Array.IndexOf(Reranker.FeatureNames, "question_exact")];
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"{labelled.Count} labelled questions, {Folds}-fold cross-validation");
        s.AppendLine(Line("lexical (no fitting)", Score(labelled, lexical), labelled.Count));
        s.AppendLine(Line("current seeds/ranking.yaml (in-sample)", Score(labelled, current.ToArray()), labelled.Count));
        var outOfFold = (Top1: 0, Top3: 0);
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = labelled.Where((_, i) => i % Folds != fold).ToList();
            var test = labelled.Where((_, i) => i % Folds == fold).ToList();
            var weights = Fit(train, start);
            var (top1, top3) = Score(test, weights);
            outOfFold = (outOfFold.Top1 + top1, outOfFold.Top3 + top3);
        }
        s.AppendLine(Line("fitted, cross-validated (out of fold)", outOfFold, labelled.Count));
        var all = Fit(labelled, start);
        s.AppendLine(Line("fitted on all (in-sample)", Score(labelled, all), labelled.Count));
        if (byBatch.Count(b => b.Cases.Count > 0) > 1)
        {
            s.AppendLine().AppendLine("leave-one-batch-out (each batch scored with weights fitted on the others):");
            var held = (Top1: 0, Top3: 0);
            foreach (var (batch, test) in byBatch.Where(b => b.Cases.Count > 0))
            {
                var weights = Fit([.. byBatch.Where(b => b.Batch != batch).SelectMany(b => b.Cases)], start);
                var score = Score(test, weights);
                held = (held.Top1 + score.Top1, held.Top3 + score.Top3);
                s.AppendLine(Line($"  {batch}: fitted on the others", score, test.Count));
                s.AppendLine(Line($"  {batch}: current seeds/ranking.yaml", Score(test, current.ToArray()), test.Count));
                s.AppendLine(Line($"  {batch}: lexical", Score(test, lexical), test.Count));
            }
            s.AppendLine(Line("all batches, each held out", held, labelled.Count));
        }
        s.AppendLine().AppendLine("weights:");
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i] != 0)
            {
                s.AppendLine(CultureInfo.InvariantCulture, $"  {Reranker.FeatureNames[i]}: {all[i]:0.###}");
            }
        }
        return s.ToString();
    }

    private static string Line(string name, (int Top1, int Top3) score, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-42} top-1 {score.Top1,3}/{n} ({100.0 * score.Top1 / n:0}%)  top-3 {score.Top3,3}/{n} ({100.0 * score.Top3 / n:0}%)");

    private Candidate[] Prepare(EvalCase c)
    {
        var (plan, candidates) = retriever.Candidates(c.Question);
        if (candidates.Count == 0)
        {
            return [];
        }
        var facts = reranker.Facts(plan);
        return [.. candidates.Select(h =>
        {
            var features = new double[Reranker.FeatureCount];
            reranker.Features(plan, facts, h.Number, h.Lexical, h.Coverage, features, all: true);
            var passage = index.Passages[h.Number];
            return new Candidate(features, Retriever.RecencyFactor(plan, passage), EvalCase.SectionOf(passage), c.IsExpectedSection(passage));
        })];
    }

    /// <summary>Coordinate ascent from <paramref name="start"/>; coverage stays fixed as the scale.</summary>
    private static double[] Fit(IReadOnlyList<Candidate[]> cases, double[] start)
    {
        var weights = (double[])start.Clone();
        var anchor = Array.IndexOf(Reranker.FeatureNames, "coverage");
        var fixedByDesign = Array.IndexOf(Reranker.FeatureNames, "question_exact");
        var best = Objective(Score(cases, weights));
        for (var pass = 0; pass < Passes; pass++)
        {
            var changed = false;
            for (var i = 0; i < weights.Length; i++)
            {
                if (i == anchor || i == fixedByDesign)
                {
                    continue;
                }
                var keep = weights[i];
                foreach (var value in Grid)
                {
                    if (value < 0 && NonNegative.Contains(Reranker.FeatureNames[i]))
                    {
                        continue;
                    }
                    weights[i] = value;
                    var objective = Objective(Score(cases, weights));
                    if (objective > best + 1e-9)
                    {
                        (best, keep, changed) = (objective, value, true);
                    }
                }
                weights[i] = keep;
            }
            if (!changed)
            {
                break;
            }
        }
        return weights;
    }

    private static double Objective((int Top1, int Top3) score) => score.Top1 + 0.25 * score.Top3;

    private static (int Top1, int Top3) Score(IReadOnlyList<Candidate[]> cases, double[] weights)
    {
        var (top1, top3) = (0, 0);
        foreach (var candidates in cases)
        {
            var rank = RankOfExpected(candidates, weights);
            top1 += rank == 1 ? 1 : 0;
            top3 += rank is <= 3 ? 1 : 0;
        }
        return (top1, top3);
    }

    private static int? RankOfExpected(Candidate[] candidates, double[] weights)
    {
        var scores = new double[candidates.Length];
        var order = new int[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            var score = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                score += weights[i] * candidates[c].Features[i];
            }
            scores[c] = score * candidates[c].Recency;
            order[c] = c;
        }
        Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in order)
        {
            if (!seen.Add(candidates[c].Section))
            {
                continue;
            }
            if (candidates[c].Expected)
            {
                return seen.Count;
            }
        }
        return null;
    }

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
