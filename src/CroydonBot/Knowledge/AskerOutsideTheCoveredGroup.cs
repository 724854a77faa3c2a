using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AR (abstain-ar): whether a message says the group the guides are written for does not include what is asked. The
/// guides say what care leavers and young people in care get; two kinds of message set that group aside, and the nearest
/// care leaver section answers them wrongly (the care leaver Oyster photocard for "im 18 at college not a care leaver, is
/// there a student oyster discount"):
/// <list type="bullet">
/// <item>the asker says they are not one ("im not a care leaver", "i was never in care", "im 18 at college not a care
/// leaver"), asking for themselves;</item>
/// <item>the asker sets the care leaver version aside ("not the care leaver one, the student one").</item>
/// </list>
/// Not someone else described ("my flatmate isnt a care leaver, does she get it too": the care leaver's own entitlement
/// answers that), not a child in care who is not a care leaver "yet", and not a worker or carer asking for a young person.
/// </summary>
public static partial class AskerOutsideTheCoveredGroup
{
    /// <summary>True when <paramref name="message"/> says the covered group does not include the asker or what they ask about.</summary>
    public static bool Says(string message)
    {
        var text = LowerText.Of(message);
        // Round AS (perf-as): both patterns that say so name the group ("care leaver", "in care", "care-experienced") or say
        // "looked after", and set it aside with a negation; a message without both cannot match them. Asked on every turn, most
        // questions skip all three patterns (most name the group, so the negation is what rules them out).
        if (!NamesTheGroup(text) || !Negates(text))
        {
            return false;
        }
        if (OtherPerson().IsMatch(text))
        {
            return false;
        }
        return NotOneMyself().IsMatch(text) || NotTheCareLeaverOne().IsMatch(text);
    }

    private static bool NamesTheGroup(string text) =>
        text.Contains("care", StringComparison.Ordinal) || text.Contains("looked", StringComparison.Ordinal);

    // Every negation the two patterns read: "not", "never", "wasn't"/"wasnt", "ain't"/"aint", "haven't"/"havent".
    private static bool Negates(string text) =>
        text.Contains("not", StringComparison.Ordinal) || text.Contains("never", StringComparison.Ordinal)
        || text.Contains("wasn", StringComparison.Ordinal) || text.Contains("ain't", StringComparison.Ordinal)
        || text.Contains("aint", StringComparison.Ordinal) || text.Contains("haven", StringComparison.Ordinal);

    // The asker, then a negation of the covered group, a few words of their own story between ("im 18 at college not a care
    // leaver"). The group is said as care leaver, in care, looked after or care experienced; "not foster care" is not it
    // (a children's home is care too). "yet": a child in care will be a care leaver, and the guides are for them.
    [GeneratedRegex(@"\b(i'm|im|i am|i was|i've|ive|i have)\b(\s+[\w']+){0,4}?\s+(not|never|wasn't|wasnt|ain't|aint|haven't|havent)\s+(been\s+|ever\s+|really\s+)*(an?\s+)?(care\s+leaver|care[\s-]experienced|in\s+care|looked\s+after)\b(?!\s+(yet|either))|\bi\s+(wasn't|wasnt|ain't|aint|haven't been|havent been)\s+(ever\s+)?(an?\s+)?(care\s+leaver|care[\s-]experienced|in\s+care|looked\s+after)\b")]
    private static partial Regex NotOneMyself();

    // "not the care leaver one", "not the care leavers discount": the covered group's version named only to set it aside.
    [GeneratedRegex(@"\bnot\s+(the|a|for)\s+care\s+leavers?'?s?\s+(one|ones|version|discount|card|photocard|thing|offer|rate|deal)\b|\bnot\s+as\s+a\s+care\s+leaver\b")]
    private static partial Regex NotTheCareLeaverOne();

    // Someone else the message is about, or the asker speaking as a worker or carer: then the group can still be theirs.
    [GeneratedRegex(@"\b(my|his|her|their|our)\s+([\w']+\s+)?(mates?|friends?|brothers?|sisters?|bro|sis|cousins?|boyfriend|girlfriend|bf|gf|partner|flatmates?|housemates?|sons?|daughters?|child|children|kids?|baby|foster\s+carers?|carers?|clients?|young\s+people|young\s+person)\b|\b(asking for|on behalf of)\b|\b(i'm|im|i am)\s+(a|an|the)\s+(social\s+worker|foster\s+carer|carer|pa|personal\s+adviser|teacher|support\s+worker|key\s+worker|worker|parent|professional)\b")]
    private static partial Regex OtherPerson();
}
