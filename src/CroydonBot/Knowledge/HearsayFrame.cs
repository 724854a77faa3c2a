using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Where a message heard what it asks about: "someone at my college said croydon failed ofsted in 2017?? what happened",
/// "someone in my hostel reckons the setting up home allowance is still 2 grand". The place the teller was ("my college",
/// "the jobcentre", "my hostel") is not the question's subject; read as one, it declined the question as a college
/// question, or, an unseen word, outweighed the claim the guides answer. The claim and what is asked about it are the question.
/// </summary>
public static partial class HearsayFrame
{
    /// <summary>What the message says after a frame telling who said it where, or null when it opens with no such frame.</summary>
    public static string? Claim(string message)
    {
        var match = Frame().Match(message);
        if (!match.Success)
        {
            return null;
        }
        var claim = message[match.Length..].Trim();
        return claim.Any(char.IsLetterOrDigit) ? claim : null;
    }

    // Someone (or a person named by their role) at a place, then a word that reports what they said. Only a place
    // introduced as where the teller was ("at/in/from my college"), never "my college said", where the college is the speaker.
    // A place young people name without "my" or "the" ("someone at college said") is one of a few such places only: "someone
    // in care said" names no place, and the words after "in" may be the claim's own.
    [GeneratedRegex(@"^\s*(?:some(?:one|1|body)|sum(?:one|1)|some\s+(?:guy|girl|lad|woman|man|person)|people|ppl|every(?:one|body)|a\s+(?:mate|friend|girl|guy|lad|worker|woman|man)|my\s+(?:mate|friend|m8|bestie|pal)|this\s+(?:guy|girl|lad|woman|man))\s+(?:at|in|from|on)\s+(?:(?:my|the|a|our)\s+(?:[a-z']+\s+){0,2}?[a-z']+|college|school|uni|university|sixth\s+form|work|church|training|football)\s+(?:said|says|say|reckons|reckon|mentioned|mention|told\s+me|tells\s+me|keeps\s+saying|was\s+saying|were\s+saying|claims|claimed|thinks|swears)\b(?:\s+that\b)?[\s,:]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Frame();
}
