using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AQ (abstain-aq): whether the figure a question asks for is a figure the best passage cannot hold, though the passage
/// holds figures of its own. Two classes of question sit next to a section that has numbers and got that section's number:
/// <list type="bullet">
/// <item>a named pay or benefit rate ("the minimum wage for apprentices", "the universal credit standard allowance"): the
/// rate is named by its own word (wage, salary, allowance, pension), and a passage that never says that word holds another
/// thing's sum (the apprenticeship bursary's £3,000 is no minimum wage);</item>
/// <item>a count of people ("how many care leavers went to university"): a live statistic, answered only by a passage that
/// holds a count, not one whose only numbers are sums of money and years (the university bursary's £2,000, "made in 2009").</item>
/// </list>
/// The guides give neither, so the honest reply is that they do not say, never a nearby figure.
/// </summary>
public static partial class FigureOfAnotherThing
{
    /// <summary>True when <paramref name="asked"/> asks for a figure that <paramref name="passage"/> does not hold.</summary>
    public static bool IsMissing(string asked, string passage) => RateMissing(asked, passage) || CountMissing(asked, passage);

    /// <summary>
    /// True when the question asks the sum of a rate it names ("whats the minimum wage for apprentices", "how much is the
    /// standard allowance") and the passage never says the rate's word. Asked as a sum: "how much", or "what is the ... wage",
    /// not "do i lose my allowance if i work" (yes or no, answered by a passage without the word).
    /// </summary>
    public static bool RateMissing(string asked, string passage)
    {
        var question = asked.ToLowerInvariant();
        // Round AS (perf-as): a rate is named by a word holding one of these (RateNamed); asked of every reading's best
        // passage, most questions name none and skip the patterns.
        if (!NamesARate(question) || RateNamed().Match(question) is not { Success: true } rate || !AsksTheSum(question))
        {
            return false;
        }
        return !Says(passage, Stem(rate.Groups["rate"].Value));
    }

    private static bool NamesARate(string question) =>
        question.Contains("wage", StringComparison.Ordinal) || question.Contains("salar", StringComparison.Ordinal)
        || question.Contains("allowance", StringComparison.Ordinal) || question.Contains("pension", StringComparison.Ordinal);

    // The passage says the rate's word: one compiled pattern per stem, where a pattern was built from the stem on each call.
    private static bool Says(string passage, string stem) => stem switch
    {
        "wage" => WageSaid().IsMatch(passage),
        "salar" => SalarySaid().IsMatch(passage),
        "allowance" => AllowanceSaid().IsMatch(passage),
        "pension" => PensionSaid().IsMatch(passage),
        // A rate word RateNamed learns later, until it has a pattern of its own.
        _ => Regex.IsMatch(passage, $@"\b{Regex.Escape(stem)}", RegexOptions.IgnoreCase),
    };

    /// <summary>
    /// True when the question asks how many people something holds for ("how many care leavers went to uni last year", "how
    /// many young people are in care") and the passage's only numbers are sums of money and years: it has no count to give.
    /// </summary>
    public static bool CountMissing(string asked, string passage) => AsksACountOfPeople(asked) && !Count().IsMatch(passage);

    /// <summary>True when the question asks how many people something holds for ("how many care leavers went to uni").</summary>
    public static bool AsksACountOfPeople(string asked) =>
        asked.ToLowerInvariant() is var question
        // Round AS (perf-as): PeopleCounted opens with "how many"; a question without it skips the pattern.
        && question.Contains("how many", StringComparison.Ordinal) && PeopleCounted().IsMatch(question);

    private static bool AsksTheSum(string question) =>
        QuestionKinds.Of(question) == QuestionKind.HowMuch || WhatIsThe().IsMatch(question);

    // "wages" and "wage" alike: the passage need only say the word's stem.
    private static string Stem(string word) => word switch
    {
        "wages" => "wage",
        "salaries" => "salar",
        "salary" => "salar",
        "allowances" => "allowance",
        "pensions" => "pension",
        _ => word,
    };

    [GeneratedRegex(@"\bwage", RegexOptions.IgnoreCase)]
    private static partial Regex WageSaid();

    [GeneratedRegex(@"\bsalar", RegexOptions.IgnoreCase)]
    private static partial Regex SalarySaid();

    [GeneratedRegex(@"\ballowance", RegexOptions.IgnoreCase)]
    private static partial Regex AllowanceSaid();

    [GeneratedRegex(@"\bpension", RegexOptions.IgnoreCase)]
    private static partial Regex PensionSaid();

    // A rate of pay or benefit named by its own word. Not "rate" alone (Ofsted's rating), nor "bursary" or "grant", which
    // are the guides' own sums and always named in the passages that hold them.
    [GeneratedRegex(@"\b(?<rate>wages?|salary|salaries|allowances?|pensions?)\b")]
    private static partial Regex RateNamed();

    // "what is the", "whats the", "wats the", "what r the": the sum of a named thing, as "how much" asks it.
    [GeneratedRegex(@"\b(what|wat|wot)\s*(is|'s|’s|s|are|r)?\s+(the|a|an)\b|\b(whats|wats|wots)\s+(the|a|an)?\b")]
    private static partial Regex WhatIsThe();

    // "how many" with the people counted right after it (a word or two between: "how many croydon care leavers").
    [GeneratedRegex(@"\bhow many\s+(\w+\s+){0,2}(care leavers|young people|children|kids|people|students|care experienced|leavers|ambassadors|families|foster carers|social workers|staff)\b")]
    private static partial Regex PeopleCounted();

    // A count: a number that is neither a sum of money (after £, or the "000" of "£2,000") nor a year, or a count in words,
    // an inspector's "a high number of children" included (quality-e q-e-032 was lost without "number").
    [GeneratedRegex(@"(?<![£\d,.])\b(?!(19|20)\d{2}\b)\d+\b(?![,.]\d)|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|half|most|many|few|number|numbers|majority|minority)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();
}
