namespace CroydonBot.Knowledge;

/// <summary>
/// The one move every precedence rule makes (<see cref="GuidePrecedence"/>, <see cref="NamePrecedence"/>,
/// <see cref="SidePrecedence"/>, <see cref="ReasonPrecedence"/>, <see cref="CountPrecedence"/>): the best candidate within reach
/// of the top that the rule prefers takes the lead and the top's score, so every later step (which sentence leads, a second
/// source) still reads the ranking best first. Each rule says only when it applies and which candidate it prefers.
/// </summary>
public static class LeadWithinReach
{
    /// <summary>
    /// Moves the best candidate scoring at least <paramref name="reach"/> times the top's score that <paramref name="prefers"/>
    /// to the front of <paramref name="order"/>, giving it the top's score; stops at the first candidate out of reach.
    /// </summary>
    /// <param name="scored">The candidates, in Lucene's order.</param>
    /// <param name="order">Indexes into <paramref name="scored"/>, best first; at least one.</param>
    /// <param name="reach">How far below the top, as a share of its score, a candidate may rank and still take the lead.</param>
    /// <param name="state">What the rule's test needs, passed through so the test can be a static lambda: no allocation per question.</param>
    /// <param name="prefers">For (the candidate's index into <paramref name="scored"/>, the candidate, the top, <paramref name="state"/>).</param>
    /// <returns>True when a candidate took the lead.</returns>
    public static bool Take<TState>(ScoredPassage[] scored, int[] order, double reach, TState state,
        Func<int, ScoredPassage, ScoredPassage, TState, bool> prefers)
    {
        var top = scored[order[0]];
        for (var k = 1; k < order.Length; k++)
        {
            var candidate = scored[order[k]];
            if (candidate.Score < top.Score * reach)
            {
                return false;
            }
            if (prefers(order[k], candidate, top, state))
            {
                var lead = order[k];
                Array.Copy(order, 0, order, 1, k);
                order[0] = lead;
                scored[lead] = candidate with { Score = top.Score };
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="candidate"/> is a guide section covering the question at least as well as the top: the
    /// guides are written to answer questions, so most rules hand the lead only to one of them that loses no asked idea.
    /// </summary>
    public static bool GuideCoveringAsWell(ScoredPassage candidate, ScoredPassage top) =>
        candidate.Passage.Document.Kind == "guide" && candidate.Coverage >= top.Coverage;
}
