using System.Text.RegularExpressions;

namespace CroydonBot.Replies;

/// <summary>
/// Another council named only as where someone else in the story lives: "my mate in another borough only got 1500, whats the
/// minimum", "my cousin in manchester said theres a new law for care leavers, is that real". The other council is the
/// friend's whereabouts, not what is asked: the question is about the rule or the amount for care leavers, which the guides
/// answer (the recommended minimum, what Croydon gives). Read as the subject, every such question was declined with "I only
/// know about Croydon" (about 20 dev turns). The other council asked about in its own right ("whats lambeths local offer",
/// "is lambeths offer better than croydons") is still named once the whereabouts is taken out, and still declined.
/// </summary>
public static partial class SomeoneElsesCouncil
{
    /// <summary>
    /// <paramref name="message"/> without the words saying which other council someone else lives in, or null when it says
    /// no such thing.
    /// </summary>
    public static string? Without(string message)
    {
        try
        {
            var without = Whereabouts().Replace(message, "$1");
            return without == message ? null : without;
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a pathological paste outlasts the limit; read whole, the message is matched as before.
            return null;
        }
    }

    // A person other than the asker ("my mate", "my cousin", "a friend", "someone"), then where they live or come from: another
    // council said in general ("another borough", "a different council") or one of the councils dialogs/out-of-scope.yaml names
    // in its other-councils topic. Only the place is taken out; the person stays, so the story still reads as one.
    [GeneratedRegex(@"\b((?:my|a|her|his|their|our) (?:mates?|m8s?|friends?|best ?(?:mate|friend)|bestie|pals?|cousins?|sis(?:ter)?|bro(?:ther)?|bf|gf|boyfriend|girlfriend|partner|flatmate)|some(?:one|1|body)|people|ppl)(?: (?:who|that) (?:lives?|is|s|was))? (?:in|from|at|over in|down in|up in) (?:(?:another|a different|a diff|other|different) (?:council|borough|area|local authority|la)|(?:barking|barnet|bexley|brent|bromley|camden|ealing|enfield|greenwich|hackney|hammersmith|haringey|harrow|havering|hillingdon|hounslow|islington|kensington|chelsea|kingston|lambeth|lewisham|merton|newham|redbridge|richmond|southwark|sutton|tower hamlets|waltham forest|wandsworth|westminster|surrey|kent|birmingham|manchester|liverpool|leeds)(?: (?:council|borough))?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Whereabouts();
}
