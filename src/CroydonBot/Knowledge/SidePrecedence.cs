namespace CroydonBot.Knowledge;

/// <summary>
/// Round AG (ofsted-ag): which leads when a question asks one side of a judgement of the whole ("what did ofsted think croydon
/// is actually good at", "was croydon bad at anything"). The side's words ("good at", "bad at") are no ideas of their own, so
/// such a question is read as "ofsted croydon", and the section saying what Ofsted is outranked the section the heading of
/// which says the side asked (<see cref="JudgementSides.OfHeading"/>). The re-ranker weighs the side as one feature among many;
/// here a close guide section whose heading says the side asked, covering the question as well, leads when the top passage's
/// heading does not say it.
/// </summary>
public static class SidePrecedence
{
    /// <summary>How far below the top passage a section saying the side asked may rank and still take the lead.</summary>
    public const double Reach = 0.85;

    /// <summary>
    /// Reorders <paramref name="order"/> so that the best guide section within <see cref="Reach"/> of the top whose heading says
    /// <paramref name="asked"/> leads, when the top's does not; it takes the top's score.
    /// </summary>
    /// <param name="scored">The candidates, in Lucene's order.</param>
    /// <param name="order">Indexes into <paramref name="scored"/>, best first.</param>
    /// <param name="asked">The side the question asks of the whole.</param>
    /// <param name="sideOf">For a candidate's index: the side its heading says.</param>
    public static void Apply(ScoredPassage[] scored, int[] order, JudgementSide asked, Func<int, JudgementSide> sideOf)
    {
        if (asked == JudgementSide.None || order.Length < 2 || sideOf(order[0]) == asked)
        {
            return;
        }
        LeadWithinReach.Take(scored, order, Reach, (asked, sideOf), static (i, candidate, top, s) =>
            LeadWithinReach.GuideCoveringAsWell(candidate, top) && s.sideOf(i) == s.asked);
    }

    /// <summary>How close a section of the same inspection saying no side must score to take the lead from a one-sided one.</summary>
    public const double WholeReach = 0.97;

    /// <summary>
    /// Round AH (lead): the mirror of <see cref="Apply"/>. A question of the whole that asks no side ("what did ofsted say about
    /// croydon in 2024") is led by one side of the judgement only when nothing says the whole as well: a near-tied guide section
    /// of the same inspection (sharing the top's years) whose heading says no side, covering the question as well, leads. Added
    /// Questions lines lengthen a section's field and lower all its matches (docs/quality.md, "Round AH (rank-ah)"), so the
    /// strengths section had come to edge the judgement by a hundredth on "say".
    /// </summary>
    /// <param name="scored">The candidates, in Lucene's order.</param>
    /// <param name="order">Indexes into <paramref name="scored"/>, best first.</param>
    /// <param name="sideOf">For a candidate's index: the side its heading says.</param>
    /// <param name="sameInspection">For a candidate's index: whether it speaks of a year the top passage speaks of.</param>
    public static void ApplyToTheWhole(ScoredPassage[] scored, int[] order, Func<int, JudgementSide> sideOf, Func<int, bool> sameInspection)
    {
        if (order.Length < 2 || sideOf(order[0]) == JudgementSide.None)
        {
            return;
        }
        LeadWithinReach.Take(scored, order, WholeReach, (sideOf, sameInspection), static (i, candidate, top, s) =>
            LeadWithinReach.GuideCoveringAsWell(candidate, top) && s.sideOf(i) == JudgementSide.None && s.sameInspection(i));
    }
}
