using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Sentences that say what holds now, against what held before: "Now 80% of staff are permanent", "It currently
/// covers ...". A question asking whether an old fact still holds
/// ("do they still use loads of agency staff") is answered by such a sentence, even when it shares none of the
/// question's words (the seed says "permanent", the question "agency").
/// </summary>
public static partial class CurrentPosition
{
    /// <summary>True when <paramref name="sentence"/> marks itself as the present position.</summary>
    public static bool Says(string sentence) => Marker().IsMatch(sentence);

    // "Now ..." at the start or after a comma, "currently", "these days", "since then", "is now".
    // A bare "now" inside a sentence ("you can now apply") is left out: it times an action, not a change of position.
    // "No longer" is left out too: it says who lost out ("care leavers from other councils are no longer covered"), and
    // taking it first cut the rule the question asked ("your name must be on the bill", for "does it still cover everyone").
    // Round AK (sent-ak): a sentence saying a thing ended or ran out ("The deal ... ran until 31 March 2025", "it ended in 2023") or
    // that what holds now could not be confirmed ("We could not confirm what happens after that") answers "is that still true now"
    // as much: it is what the guide knows of the present.
    [GeneratedRegex(@"(^|[,;:] )Now\b|\b(currently|these days|since then|is now|are now|has now|have now)\b|\b(ran|lasted|ended|stopped|closed) (until|on|in)\b|\b(could not|cannot|can't|couldn't) confirm\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
