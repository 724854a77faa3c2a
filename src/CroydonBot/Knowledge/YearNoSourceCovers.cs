using System.Globalization;
using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AR (abstain-ar): a question about a year none of the sources speaks of ("what was croydon's ofsted rating in 2008").
/// The sources are dated; a year none of them names is a time they do not cover, and the nearest section (the rating now)
/// answers another time. Only a year the question asks about: in a clause that asks ("what was", "how many ... were", "did")
/// and tells nothing of the asker's own life ("i left care in 2015, can i still get a PA": the year is their story, and the
/// guides answer the question), and not a birth year ("born in 2006").
/// </summary>
public static partial class YearNoSourceCovers
{
    /// <summary>
    /// The year <paramref name="message"/> asks about when <paramref name="sourcesName"/> says no source names it; null otherwise.
    /// </summary>
    public static int? Asked(string message, Func<string, bool> sourcesName)
    {
        var text = LowerText.Of(message);
        // Round AS (perf-as): a year asked about starts "19" or "20" (YearAskedAbout); a message with neither, most questions,
        // skips the clause split and the patterns run on every turn.
        if (!text.Contains("19", StringComparison.Ordinal) && !text.Contains("20", StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var clause in Clauses().Split(text))
        {
            if (!AsksAbout().IsMatch(clause) || OwnStory().IsMatch(clause))
            {
                continue;
            }
            foreach (Match year in YearAskedAbout().Matches(clause))
            {
                var value = year.Groups["year"].Value;
                if (!sourcesName(value))
                {
                    return int.Parse(value, CultureInfo.InvariantCulture);
                }
            }
        }
        return null;
    }

    /// <summary>True when some passage of <paramref name="index"/> names <paramref name="year"/> (its text, heading or date).</summary>
    public static bool Names(KnowledgeIndex index, string year) => index.NamesYear(year);

    // A sentence or a part after a comma or "but" asks or tells on its own.
    [GeneratedRegex(@"[.?!;,\n]+|\s+but\s+")]
    private static partial Regex Clauses();

    // A clause that asks: opened by a question word or an auxiliary ("was croydon inspected in 2010"), or a follow-up
    // ("and in 2008?", "what about 2010").
    [GeneratedRegex(@"^\s*(and\s+)?(what|whats|what's|wat|wats|how|was|were|did|who|which|when|why|is|are|has|had|tell me|what about|how about|in|back in)\b")]
    private static partial Regex AsksAbout();

    // The asker's own life ("i", "my", "me"): a year there is their story, not what the sources are asked about.
    [GeneratedRegex(@"\b(i|i'm|im|i've|ive|i'd|my|me|mine|myself|we|our|us)\b")]
    private static partial Regex OwnStory();

    // A year as the time asked about: "in 2008", "during 2010", "back in 2005", "2008's", a bare "what about 2010"; not "born in".
    // Its digits are ASCII ([0-9], not \d): int.Parse reads no other, and "in 19" with two Arabic-Indic digits made the turn fail.
    [GeneratedRegex(@"(?<!\bborn\s)(?<!\bborn\s(back\s)?)\b(in|during|of|from|for|about)\s+(?<year>(19|20)[0-9]{2})\b|\b(?<year>(19|20)[0-9]{2})'s\b")]
    private static partial Regex YearAskedAbout();
}
