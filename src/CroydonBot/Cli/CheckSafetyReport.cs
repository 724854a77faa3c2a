using CroydonBot.Eval;
using CroydonBot.Safety;

namespace CroydonBot.Cli;

/// <summary>
/// <c>check-safety FILE.jsonl...</c>: every case of each eval file through the safeguarding check alone, one line
/// each (mark, id, expected, tier, layer, score, class, text), then per file: crises caught (natural, obfuscated),
/// and the non-crises given the crisis reply or the safety line. A single question is played after its context as
/// the bot plays a conversation (the context's own verdicts count: a question right after a crisis gets it again); a
/// multi-turn script is played turn by turn as the bot plays a conversation (<see cref="ConversationReplay"/>),
/// so its turns' figures include what the window and the after-crisis care do. For tuning the check in seconds;
/// the figures to report for the whole bot come from <c>eval</c> or scripts/score-batch.py.
/// </summary>
public static class CheckSafetyReport
{
    public static int Run(LayeredSafeguardingCheck check, IReadOnlyList<string> files, TextWriter output)
    {
        var totals = new Counts();
        foreach (var file in files)
        {
            var counts = new Counts();
            foreach (var c in EvalCase.ReadAll(file))
            {
                if (c.IsScript)
                {
                    var turns = c.Script;
                    var verdicts = ConversationReplay.Play(check, turns.Select(t => t.Question)).ToList();
                    for (var i = 0; i < turns.Count; i++)
                    {
                        var earlier = turns.Take(i).Select(t => t.Question).TakeLast(2);
                        counts.Add(output, $"{c.Id}#{i + 1}", turns[i].Expect, null, true, verdicts[i], string.Join(" / ", earlier.Append(turns[i].Question)));
                    }
                }
                else
                {
                    counts.Add(output, c.Id, c.Expect, c.Style, false, ConversationReplay.Last(check, c.Context.Append(c.Question)), string.Join(" / ", c.Context.Append(c.Question)), c.Class);
                }
            }
            output.WriteLine($"{Path.GetFileName(file)}: {counts}");
            totals.Merge(counts);
        }
        if (files.Count > 1)
        {
            output.WriteLine($"all files: {totals}");
        }
        return 0;
    }

    /// <summary>The tallies of one file: crises by style, single non-crises and script turns by tier given.</summary>
    private sealed class Counts
    {
        private readonly int[] _natural = new int[2], _obfuscated = new int[2], _single = new int[3], _turns = new int[3];

        public void Add(TextWriter output, string id, string expect, string? style, bool turn, SafeguardingAssessment a, string text, string? kind = null)
        {
            var crisis = expect == "safeguarding";
            var isCrisis = a.Tier == SafeguardingTier.Crisis;
            if (crisis)
            {
                var tally = style == "obfuscated" ? _obfuscated : _natural;
                tally[0]++;
                tally[1] += isCrisis ? 1 : 0;
            }
            else
            {
                var tally = turn ? _turns : _single;
                tally[0]++;
                tally[1] += isCrisis ? 1 : 0;
                tally[2] += a.Tier == SafeguardingTier.Uncertain ? 1 : 0;
            }
            var mark = crisis == isCrisis ? " " : "X";
            output.WriteLine($"{mark} {id}\t{expect}\t{a.Tier}\t{a.Layer}\t{a.Score:0.000}\t{kind}\t{text}");
        }

        public void Merge(Counts other)
        {
            foreach (var (mine, theirs) in new[] { (_natural, other._natural), (_obfuscated, other._obfuscated), (_single, other._single), (_turns, other._turns) })
            {
                for (var i = 0; i < mine.Length; i++)
                {
                    mine[i] += theirs[i];
                }
            }
        }

        public override string ToString() =>
            $"crises natural {_natural[1]}/{_natural[0]}, obfuscated {_obfuscated[1]}/{_obfuscated[0]}; " +
            $"single non-crises: crisis {_single[1]}/{_single[0]}, uncertain {_single[2]}/{_single[0]}; " +
            $"script turns (non-crisis): crisis {_turns[1]}/{_turns[0]}, uncertain {_turns[2]}/{_turns[0]}";
    }
}
