using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Round AM (stay-am): fits <see cref="FollowUpChoice"/> on every development script's follow-up answer turns. Each script is played
/// through the real bot in-process; at every follow-up the conversation's candidate sections are recorded (the bot's own pick left
/// as it is), each labelled by whether its section holds the turn's expected words (the loose test of scripts/follow-up-causes.py).
/// A logistic model over the candidates' features is fitted by Newton's method with a small ridge.
/// </summary>
public static class FollowUpChoiceTrainer
{
    /// <summary>One follow-up answer turn: its candidates, which hold the expected words, and whether the bot's reply was right.</summary>
    public sealed record Turn(string Batch, string CaseId, int At, FollowUpChoice.Asked Asked, FollowUpChoice.Candidate[] Candidates, int CascadeAt, bool[] Holds, bool ReplyRight);

    /// <summary>One script's outcome in a replay.</summary>
    public sealed record Script(string Batch, string Id, bool Right, int FollowUps, int FollowUpsRight);

    public static IReadOnlyList<string> TrainingFiles(string evalFolder) =>
        [.. Directory.EnumerateFiles(evalFolder, "multiturn-*.jsonl").Order(StringComparer.Ordinal)];

    public static string BatchOf(string file) => Path.GetFileNameWithoutExtension(file)["multiturn-".Length..];

    /// <summary>Plays every script of <paramref name="files"/>; with a recorder list, keeps each follow-up answer turn's candidates.</summary>
    public static async Task<List<Script>> ReplayAsync(BotConsole console, KnowledgeIndex index, FollowUpArbiter arbiter, IEnumerable<string> files, List<Turn>? record)
    {
        var scripts = new List<Script>();
        (string Question, FollowUpChoice.Asked Asked, FollowUpChoice.Candidate[] Candidates, int CascadeAt)? seen = null;
        arbiter.Recorder = record is null ? null : (q, a, c, at) => seen = (q, a, c, at);
        try
        {
            foreach (var file in files)
            {
                var batch = BatchOf(file);
                foreach (var c in EvalCase.ReadAll(file).Where(c => c.IsScript))
                {
                    var conversation = Guid.NewGuid().ToString("N");
                    foreach (var earlier in c.Context)
                    {
                        await console.AskAsync(earlier, CancellationToken.None, conversation);
                    }
                    bool all = true;
                    int followUps = 0, followUpsRight = 0;
                    for (var i = 0; i < c.Script.Count; i++)
                    {
                        var turn = c.Script[i];
                        seen = null;
                        var summary = ReplySummary.From(await console.AskAsync(turn.Question, CancellationToken.None, conversation), index);
                        var right = new EvalTurnOutcome(turn, summary.Kind, summary.Text, turn.ContentMatches(summary.Text)).Correct;
                        all &= right;
                        if (i > 0)
                        {
                            followUps++;
                            followUpsRight += right ? 1 : 0;
                        }
                        if (record is not null && i > 0 && turn.Expect == "answer" && turn.MustIncludeAny.Count > 0 && seen is { } s)
                        {
                            var holds = new bool[s.Candidates.Length];
                            for (var k = 0; k < holds.Length; k++)
                            {
                                holds[k] = index.PassageWithId(s.Candidates[k].PassageId) is { } p && turn.ContentMatches(p.Heading + "\n" + p.Text);
                            }
                            record.Add(new Turn(batch, c.Id, i, s.Asked, s.Candidates, s.CascadeAt, holds, right));
                        }
                    }
                    scripts.Add(new Script(batch, c.Id, all, followUps, followUpsRight));
                }
            }
        }
        finally
        {
            arbiter.Recorder = null;
        }
        return scripts;
    }

    /// <summary>
    /// Whether candidate <paramref name="k"/> is right: for the cascade's pick, whether the bot's reply passed the turn's check (its
    /// reply may draw on more than the one section); for another candidate, whether its section holds the expected words.
    /// </summary>
    public static bool Label(Turn t, int k) => k == t.CascadeAt ? t.ReplyRight : t.Holds[k];

    /// <summary>The logistic weights fitted on <paramref name="turns"/> (every candidate a row), ridge <paramref name="ridge"/>.</summary>
    public static double[] Fit(IEnumerable<Turn> turns, double ridge = 1.0)
    {
        var n = FollowUpChoice.Length;
        var rows = new List<(double[] X, double Y)>();
        foreach (var t in turns)
        {
            for (var k = 0; k < t.Candidates.Length; k++)
            {
                var x = new double[n];
                FollowUpChoice.Features(t.Asked, t.Candidates[k], x);
                rows.Add((x, Label(t, k) ? 1 : 0));
            }
        }
        var w = new double[n];
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var g = new double[n];
            var h = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                g[i] = ridge * w[i];
                h[i, i] = ridge;
            }
            foreach (var (x, y) in rows)
            {
                var z = 0.0;
                for (var i = 0; i < n; i++)
                {
                    z += w[i] * x[i];
                }
                var p = 1 / (1 + Math.Exp(-z));
                var r = p * (1 - p);
                for (var i = 0; i < n; i++)
                {
                    if (x[i] == 0)
                    {
                        continue;
                    }
                    g[i] += (p - y) * x[i];
                    for (var j = 0; j < n; j++)
                    {
                        h[i, j] += r * x[i] * x[j];
                    }
                }
            }
            var step = LinearSystem.Solve(h, g);
            var moved = 0.0;
            for (var i = 0; i < n; i++)
            {
                w[i] -= step[i];
                moved = Math.Max(moved, Math.Abs(step[i]));
            }
            if (moved < 1e-6)
            {
                break;
            }
        }
        return w;
    }

    /// <summary>
    /// The weights of a conditional logit over each turn's candidates (a softmax within the turn), fitted by gradient descent on
    /// the turns where some candidate is right and some is not: it learns only what tells candidates of one turn apart.
    /// </summary>
    public static double[] FitWithinTurns(IEnumerable<Turn> turns, double ridge = 1.0, int iterations = 400, double rate = 0.5)
    {
        var n = FollowUpChoice.Length;
        var groups = new List<(double[][] X, bool[] Y)>();
        foreach (var t in turns)
        {
            var y = new bool[t.Candidates.Length];
            for (var k = 0; k < y.Length; k++)
            {
                y[k] = Label(t, k);
            }
            if (y.Length < 2 || y.All(v => v) || !y.Any(v => v))
            {
                continue;
            }
            var x = new double[y.Length][];
            for (var k = 0; k < y.Length; k++)
            {
                x[k] = new double[n];
                FollowUpChoice.Features(t.Asked, t.Candidates[k], x[k]);
            }
            groups.Add((x, y));
        }
        var w = new double[n];
        var count = Math.Max(1, groups.Count);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var g = new double[n];
            foreach (var (x, y) in groups)
            {
                var z = new double[x.Length];
                var max = double.NegativeInfinity;
                for (var k = 0; k < x.Length; k++)
                {
                    for (var i = 0; i < n; i++)
                    {
                        z[k] += w[i] * x[k][i];
                    }
                    max = Math.Max(max, z[k]);
                }
                double all = 0, right = 0;
                for (var k = 0; k < x.Length; k++)
                {
                    z[k] = Math.Exp(z[k] - max);
                    all += z[k];
                    right += y[k] ? z[k] : 0;
                }
                for (var k = 0; k < x.Length; k++)
                {
                    var d = z[k] / all - (y[k] ? z[k] / right : 0);
                    for (var i = 0; i < n; i++)
                    {
                        g[i] += d * x[k][i];
                    }
                }
            }
            for (var i = 0; i < n; i++)
            {
                w[i] -= rate * (g[i] / count + ridge * w[i] / count);
            }
        }
        return w;
    }

    /// <summary>Which fit the trainer uses: the per-candidate logistic, or with <c>--within-turns</c> the conditional logit.</summary>
    public static bool WithinTurns { get; set; }

    public static double[] FitChosen(IEnumerable<Turn> turns) => WithinTurns ? FitWithinTurns(turns) : Fit(turns);

    /// <summary>The margins tried, in log-odds; infinity leaves the cascade alone.</summary>
    public static readonly double[] Margins = [0, 0.25, 0.5, 1, 1.5, 2, 3, double.PositiveInfinity];

    /// <summary>
    /// Net turns gained by <paramref name="model"/> on <paramref name="turns"/> under the loose test: overrides to a candidate holding
    /// the words where the cascade's did not, less overrides away from a cascade pick that held them. Also the override count.
    /// </summary>
    public static (int Gained, int Lost, int Overrides) Net(IEnumerable<Turn> turns, FollowUpChoice model)
    {
        int gained = 0, lost = 0, overrides = 0;
        foreach (var t in turns)
        {
            var chosen = model.Choose(t.Asked, t.Candidates, t.CascadeAt);
            if (chosen == t.CascadeAt || chosen < 0)
            {
                continue;
            }
            overrides++;
            var was = t.CascadeAt >= 0 && Label(t, t.CascadeAt);
            if (t.Holds[chosen] && !was)
            {
                gained++;
            }
            else if (!t.Holds[chosen] && was)
            {
                lost++;
            }
        }
        return (gained, lost, overrides);
    }

    /// <summary>The margin with the best net gain when each batch of <paramref name="turns"/> is scored by weights fitted without it.</summary>
    public static (double Margin, Dictionary<double, (int Gained, int Lost, int Overrides)> ByMargin) LeaveOneBatchOut(IReadOnlyList<Turn> turns, TextWriter? log = null)
    {
        var byMargin = Margins.ToDictionary(m => m, _ => (0, 0, 0));
        foreach (var batch in turns.Select(t => t.Batch).Distinct(StringComparer.Ordinal))
        {
            var w = FitChosen(turns.Where(t => t.Batch != batch));
            var held = turns.Where(t => t.Batch == batch).ToList();
            foreach (var m in Margins)
            {
                var (g, l, o) = Net(held, new FollowUpChoice(w, m));
                var (sg, sl, so) = byMargin[m];
                byMargin[m] = (sg + g, sl + l, so + o);
            }
        }
        var best = byMargin.OrderByDescending(kv => kv.Value.Item1 - kv.Value.Item2).ThenByDescending(kv => kv.Key).First().Key;
        if (log is not null)
        {
            foreach (var (m, (g, l, o)) in byMargin)
            {
                log.WriteLine($"  margin {m}: gained {g}, lost {l}, overrides {o} (net {g - l})");
            }
        }
        return (best, byMargin);
    }
}
