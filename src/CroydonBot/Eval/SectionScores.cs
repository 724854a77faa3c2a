namespace CroydonBot.Eval;

/// <summary>
/// Section accuracy over the cases that name their expected section: how often the ranking puts one of
/// them first, and among the first three distinct sections.
/// </summary>
public sealed record SectionScores(int Labelled, int Top1, int Top3)
{
    public double? Top1Rate => Labelled == 0 ? null : (double)Top1 / Labelled;
    public double? Top3Rate => Labelled == 0 ? null : (double)Top3 / Labelled;

    /// <summary>The 1-based rank of the first expected section among the distinct sections of <paramref name="ranked"/>, or null.</summary>
    public static int? RankOf(EvalCase c, IEnumerable<Knowledge.Passage> ranked)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var passage in ranked)
        {
            if (!seen.Add(EvalCase.SectionOf(passage)))
            {
                continue;
            }
            if (c.IsExpectedSection(passage))
            {
                return seen.Count;
            }
        }
        return null;
    }

    public static SectionScores Of(IEnumerable<int?> ranks)
    {
        var list = ranks.ToList();
        return new SectionScores(list.Count, list.Count(r => r == 1), list.Count(r => r is <= 3));
    }
}
