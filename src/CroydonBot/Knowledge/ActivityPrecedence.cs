using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AJ (help-aj): which leads when a question asks what a group, scheme or person does ("what do young ambassadors actually
/// do", "what kind of stuff do they do", "what does the children in care council do"). "do" is no idea of its own, so such a
/// question is read as its subject alone ("young ambassadors"), and the section saying what the thing is ranks above the section
/// saying what it does. A close section of the same guide whose labelled questions ask what something does, and that covers the
/// question as fully as the top passage, leads instead. Only labelled questions declare it: staff write them for what a section
/// answers. Not "what do i do" (advice asked for the asker) nor "what did they do" (what happened, a timeline's business).
/// </summary>
public static partial class ActivityPrecedence
{
    /// <summary>How far below the top passage a section declaring what something does may rank and still take the lead.</summary>
    public const double Reach = 0.75;

    /// <summary>True when <paramref name="question"/> asks what something does.</summary>
    public static bool Asks(string question) => ActivityAsked().IsMatch(question);

    /// <summary>True when one of <paramref name="passage"/>'s labelled questions asks what something does.</summary>
    public static bool Declares(Passage passage) => passage.Questions.Any(Asks);

    /// <summary>
    /// Reorders <paramref name="order"/> so that the best section of the top passage's guide within <see cref="Reach"/> of the top
    /// that declares what something does and covers the question at least as well leads, when the top passage declares none; it
    /// takes the top's score, so every later step still reads the ranking best first.
    /// </summary>
    /// <param name="scored">The candidates, in Lucene's order.</param>
    /// <param name="order">Indexes into <paramref name="scored"/>, best first.</param>
    public static void Apply(ScoredPassage[] scored, int[] order)
    {
        if (order.Length < 2 || Declares(scored[order[0]].Passage))
        {
            return;
        }
        // The same guide: what one scheme does is not answered by another's section that happens to name it.
        LeadWithinReach.Take(scored, order, Reach, 0, static (_, candidate, top, _) =>
            LeadWithinReach.GuideCoveringAsWell(candidate, top) && Equals(candidate.Passage.Document, top.Passage.Document)
            && Declares(candidate.Passage));
    }

    // "what do ambassadors actually do", "wat does it do", "what kind of stuff do they do", "what work do young ambassadors do",
    // "what are ambassadors involved in", "what goes on at the forum". Not "what do i/we do" (advice), "what did they do" (the past)
    // nor "what does it mean" (no "do" at the end).
    [GeneratedRegex(@"\b(what|wat|wot|wht|wut)( kind of| sort of| type of| kinda| sorta)?( stuff| things| work| activities)? (do|does|dose) (?!(i|we|me)\b)(\S+ ){0,5}?(actually |really |even |normally |usually )?do\b|\b(what|wat|wot) (are|r|is) (they|it|\w+) (\w+ )?involved in\b|\bwhat goes on (at|in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActivityAsked();
}
