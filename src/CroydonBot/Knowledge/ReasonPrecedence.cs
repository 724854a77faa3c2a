using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AG (ofsted-ag): which leads when a question asks why ("why was croydon inadequate", "how come it was so bad back
/// then", "what went wrong"). "why" is no idea of its own, so such a question is read as its subject alone ("inadequate"), and
/// the section giving the grade, or the rating now that calls the grade history, ranks above the section saying the reasons.
/// A close guide section whose labelled questions ask why, and that covers the question as fully as the top passage, leads
/// instead. Only labelled questions declare a reason: staff write them for what a section answers.
/// </summary>
public static partial class ReasonPrecedence
{
    /// <summary>How far below the top passage a section declaring a reason may rank and still take the lead.</summary>
    public const double Reach = 0.7;

    /// <summary>True when <paramref name="question"/> asks a reason.</summary>
    public static bool Asks(string question) => ReasonAsked().IsMatch(question.ToLowerInvariant());

    /// <summary>True when one of <paramref name="passage"/>'s labelled questions asks a reason.</summary>
    public static bool Declares(Passage passage) => passage.Questions.Any(Asks);

    /// <summary>
    /// Reorders <paramref name="order"/> so that the best guide section within <see cref="Reach"/> of the top that declares a
    /// reason and covers the question at least as well leads, when the top passage declares none; it takes the top's score,
    /// so every later step still reads the ranking best first.
    /// </summary>
    /// <param name="scored">The candidates, in Lucene's order.</param>
    /// <param name="order">Indexes into <paramref name="scored"/>, best first.</param>
    public static void Apply(ScoredPassage[] scored, int[] order)
    {
        if (order.Length < 2 || Declares(scored[order[0]].Passage))
        {
            return;
        }
        LeadWithinReach.Take(scored, order, Reach, 0, static (_, candidate, top, _) =>
            LeadWithinReach.GuideCoveringAsWell(candidate, top) && Declares(candidate.Passage));
    }

    // "why", "how come", "what went wrong", "what were they doing wrong", "the reason(s) for/why".
    [GeneratedRegex(@"\b(why|whys|how come|went wrong|doing wrong|did wrong|got wrong|getting wrong|reasons? (why|for))\b")]
    private static partial Regex ReasonAsked();
}
