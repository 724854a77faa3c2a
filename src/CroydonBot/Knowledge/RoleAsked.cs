using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// The role a "who" question asks about by its verb ("who led it", "who chaired the board"): every name in a passage answers
/// "who", but only the sentence naming the person in that role ("The lead inspector of the October 2024 inspection was ...")
/// answers this one. The question's verb and the sentence's role noun are different forms of one word ("led", "lead
/// inspector"), which the index's stems do not join, so both sides are listed here. The sentence must say the role as a
/// role (a noun, or "led by"), not the verb in passing: "who runs childrens services" is not answered by "Housing and children's
/// social care run it together", so "run" is no role here.
/// </summary>
public static partial class RoleAsked
{
    /// <summary>The pattern a sentence naming the asked role matches, or null when the question is no "who" of a role verb.</summary>
    public static Regex? In(string question)
    {
        var lower = question.ToLowerInvariant();
        if (!WhoAsked().IsMatch(lower))
        {
            return null;
        }
        return LeadAsked().IsMatch(lower) ? LeadSaid()
            : ChairAsked().IsMatch(lower) ? ChairSaid()
            : null;
    }

    [GeneratedRegex(@"\bwho\b")]
    private static partial Regex WhoAsked();

    [GeneratedRegex(@"\b(lead|leads|led|leading|leader)\b")]
    private static partial Regex LeadAsked();

    /// <summary>"lead inspector", "lead member", "leader", "led by": not "lead to" or "leads the way".</summary>
    [GeneratedRegex(@"\b(lead (?!to\b|the\b|a\b|an\b|on\b|and\b|in\b|up\b)[a-z]+|leaders?|led by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadSaid();

    [GeneratedRegex(@"\b(chair|chairs|chaired|chairing|chairman|chairwoman|chairperson)\b")]
    private static partial Regex ChairAsked();

    [GeneratedRegex(@"\b(chair|co-chair|chairman|chairwoman|chairperson|chaired by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChairSaid();
}
