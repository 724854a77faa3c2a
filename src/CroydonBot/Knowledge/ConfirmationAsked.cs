using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AJ (conv-aj): a follow-up that asks the bot to confirm what it just said ("so croydon def gives 3 grand yeah", "so
/// i'll definitely get it", "so can i get it now") and the sentences that say what the guides could not confirm ("We could not
/// confirm Croydon's amount, so ask your personal adviser"). Such a follow-up must hear the doubt: answered with the section's
/// opening again, the bot repeated "councils should pay at least £3,000", which the asker took as a yes.
/// </summary>
public static partial class ConfirmationAsked
{
    /// <summary>True when <paramref name="question"/> asks whether what was said is sure, or can be had now.</summary>
    public static bool In(string question)
    {
        var q = question.ToLowerInvariant();
        return Sure().IsMatch(q) || TaggedClaim().IsMatch(q) || HadNow().IsMatch(q);
    }

    /// <summary>True when <paramref name="sentence"/> says what could not be confirmed, or whom to ask about the asker's own case.</summary>
    public static bool LeavesOpen(string sentence) => Open().IsMatch(sentence);

    // "def", "defo", "definitely" (and its misspellings), "for sure", "guaranteed", "100%": the asker wants certainty.
    [GeneratedRegex(@"\b(def|defo|deffo|deff|definitely|definately|defently|definetly|deffinitely|for sure|for certain|guaranteed|guarantee|100 ?%|100 percent)(?=\W|$)")]
    private static partial Regex Sure();

    // A claim put back with a tag: "so croydon gives 3 grand yeah", "so its 2000 right?", "so they pay it then innit".
    [GeneratedRegex(@"^((ok|okay|right|wait|ah|oh) )*so\b.{3,80}\b(yeah|yea|ye|yh|yep|right|innit|correct|yes|ya)\W*$")]
    private static partial Regex TaggedClaim();

    // "so can i get it now", "can i ask for it yet", "can i claim that already": whether it can be had today.
    [GeneratedRegex(@"^((ok|okay|so|and|n|but|wait) )*(can|could|do|will|would|shall) (i|u|you|we) (get|ask for|have|claim|apply for|use|start) (it|that|this|them|one)( \w+){0,2} (now|yet|already|straight away|today|right now)\W*$")]
    private static partial Regex HadNow();

    [GeneratedRegex(@"\b(could not|couldn't|cannot|can't|did not|didn't) (confirm|find|check)\b|\bnot (been )?confirmed\b|\bwe found no\b|\b(ask|check with|talk to) your (personal adviser|pa|social worker)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Open();
}
