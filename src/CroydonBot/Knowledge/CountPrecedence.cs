using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AH (ofsted2-ah): which leads when a question asks how many of something ("how many recommendations did ofsted give
/// croydon when it failed", "how many monitoring visits were there"). The counted thing is one idea among several, so coverage
/// weighs it with the rest ("ofsted", "failed"), and the section giving the grades, which never says the counted thing, ranked
/// above the one that counts it ("Ofsted made 21 recommendations"). A close guide section that covers the question at least as
/// fully, whose text holds the counted thing and whose heading or labelled questions declare it, leads instead, when the top
/// passage does not even hold it. Follows <see cref="NamePrecedence"/>: the counted thing plays the part of the name.
/// </summary>
public static partial class CountPrecedence
{
    /// <summary>
    /// How far below the top passage the counting section may rank and still take the lead: wider than a name's reach, since
    /// it must also cover the question as fully as the top (the grades for "how many recommendations": 0.98, the section
    /// counting them 0.79).
    /// </summary>
    public const double Reach = 0.75;

    /// <summary>
    /// The idea counted by a how-many question: the one whose typed words hold the word after "how many"/"number of"; null
    /// when the question counts nothing, or counts a word that is no idea of its own ("how many things", "how many times").
    /// </summary>
    public static QueryConcept? Of(QueryPlan plan)
    {
        var match = CountAsked().Match(plan.Question.ToLowerInvariant());
        if (!match.Success)
        {
            return null;
        }
        var word = match.Groups["thing"].Value;
        foreach (var concept in plan.Concepts)
        {
            if (!concept.Context && !concept.Unknown && !concept.Spread && HasWord(concept.Surface, word))
            {
                return concept;
            }
        }
        return null;
    }

    /// <summary>
    /// Reorders <paramref name="order"/> so that the best guide section within <see cref="Reach"/> of the top that holds and
    /// declares the counted idea, covering the question as fully, leads when the top passage does not hold it; the section
    /// takes the top's score, so every later step still reads the ranking best first.
    /// </summary>
    /// <param name="scored">The candidates, in Lucene's order.</param>
    /// <param name="order">Indexes into <paramref name="scored"/>, best first.</param>
    /// <param name="holds">For a candidate's index: true when the passage holds the counted idea.</param>
    /// <param name="declares">For a candidate's index: true when its heading or a labelled question names the counted idea.</param>
    public static void Apply(ScoredPassage[] scored, int[] order, Func<int, bool> holds, Func<int, bool> declares)
    {
        if (order.Length < 2 || holds(order[0]))
        {
            return;
        }
        LeadWithinReach.Take(scored, order, Reach, (holds, declares), static (i, candidate, top, s) =>
            LeadWithinReach.GuideCoveringAsWell(candidate, top) && s.holds(i) && s.declares(i));
    }

    /// <summary>True when <paramref name="word"/> is one of the space-separated words of <paramref name="surface"/>.</summary>
    private static bool HasWord(string surface, string word)
    {
        var at = surface.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(surface[at - 1])) && (end == surface.Length || !char.IsLetter(surface[end])))
            {
                return true;
            }
            at = surface.IndexOf(word, end, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    // "how many X", "hw many X", "how mny X", "number of X", "how much X"; "the", "different", "more" before X are passed over.
    [GeneratedRegex(@"\b(?:ho?w (?:many|mny|manny|much)|number of)\s+(?:(?:the|different|more|separate)\s+)?(?<thing>[a-z]+)")]
    private static partial Regex CountAsked();
}
