using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// The person or body a question asks about as a speaker or a role: "what did <b>the mayor</b> say", "who was <b>the
/// lead inspector</b>", "what did <b>the cabinet member for children</b> think", "which <b>senior council person</b>
/// admitted ...". Its ideas are matched against who speaks in each passage (<see cref="PassageSpeakers"/>).
/// </summary>
public static partial class QuestionRole
{
    /// <summary>
    /// The role's words (plain, lower case); empty when the question asks what someone said but names them by a pronoun
    /// ("what did he actually say", the story before it names him); null when the question asks about no speaker or role.
    /// </summary>
    public static IReadOnlyList<string>? Of(string question)
    {
        var plain = CroydonBot.Text.PlainWords.Of(question);
        var m = SaidBy().Match(plain);
        if (!m.Success)
        {
            m = WhoIs().Match(plain);
        }
        if (!m.Success)
        {
            m = WhoRoleWas().Match(plain);
        }
        if (!m.Success)
        {
            return null;
        }
        var words = m.Groups["role"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "what did he say": a pronoun names nobody; the rest of the question (or the story around it) does.
        return words.Length == 0 ? null : words.All(Pronouns.Contains) ? [] : words;
    }

    /// <summary>True when the question asks what someone said ("what did the mayor say", "did the panel think"): their own words answer it.</summary>
    public static bool AsksWhatWasSaid(string question) => SaidBy().IsMatch(CroydonBot.Text.PlainWords.Of(question));

    /// <summary>
    /// Words that make a role another one: the shadow cabinet member is not the cabinet member, nor a former director the director.
    /// A speaker with one of these the question does not say is not the one asked about.
    /// </summary>
    public static readonly IReadOnlySet<string> Qualifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "shadow", "deputy", "former", "acting", "interim", "vice", "assistant", "previous",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "you", "u", "i", "we", "them", "people", "ppl", "anyone", "someone" };

    // "what did the ambassadors themselves tell ...", "did the mayor say anything", "how did the director react".
    [GeneratedRegex(@"\b(?:did|does|do|has|have|had|what(?!\s+(?:did|does|do)\b))\s+(?:the\s+|a\s+|an\s+|croydons?\s+)?(?<role>(?:[a-z0-9]+\s+){0,7}?[a-z0-9]+)\s+(?:actually\s+|really\s+|even\s+|themselves\s+|himself\s+|herself\s+|ever\s+)*(?:say|said|think|tell|told|thank|describe|admit|mean|advise|welcome|talk|speak|react|respond|comment|highlight|praise|reckon)\b")]
    private static partial Regex SaidBy();

    // "who was the lead inspector", "who woz the cabinet member for children in 2024", "which senior council person admitted".
    [GeneratedRegex(@"\bwho\s+(?:is|was|were|are|woz|wos|s)\s+(?:the\s+|a\s+|croydons?\s+)?(?<role>(?:[a-z0-9]+\s+){0,9}?[a-z0-9]+)(?=\s+(?:on|at|in|when|that|who|during|after|before|back|then|now)\b|\s*$)|\bwhich\s+(?<role>(?:[a-z]+\s+){0,5}?[a-z]+)(?=\s+(?:admitted|said|says|told|spoke|thanked|described|advised|welcomed)\b)")]
    private static partial Regex WhoIs();

    // "who the cabinet member for children and young people was when ...".
    [GeneratedRegex(@"\bwho\s+(?:the\s+|croydons?\s+)?(?<role>(?:[a-z]+\s+){0,9}?[a-z]+)\s+(?:was|is|were)\b")]
    private static partial Regex WhoRoleWas();
}
