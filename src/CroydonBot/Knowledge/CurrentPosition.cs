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
    [GeneratedRegex(@"(^|[,;:] )Now\b|\b(currently|these days|since then|is now|are now|has now|have now)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
