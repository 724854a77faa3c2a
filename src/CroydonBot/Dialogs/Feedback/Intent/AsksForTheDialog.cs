using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// Round Z (route-z): whole messages that ask for what the feedback dialog does, and nothing else. The dialog is how feedback
/// reaches the council, so "how do i send feedback to the council?" or "how do i leave a suggestion" is answered by starting it
/// (every such eval line, batches H to AT, is labelled feedback), where the model read them as questions about feedback and gave
/// the button. A recipient outside the council ("how do i give feedback on my uber driver") or a complaint asked about ("how do
/// i make a complaint about my social worker": the complaints procedure, which the guides hold) is not this. And the bot told to
/// lodge a complaint ("make a complaint about the council", "can u log a complaint for me") asks the dialog to do it.
/// Round AA: so does asking how to get a view of any kind to those who decide, or whether it will reach them (<see cref="ViewsToThoseWhoDecide"/>).
/// </summary>
public static partial class AsksForTheDialog
{
    /// <summary>True when the message is, whole, a request for the feedback dialog: how to give feedback to the council, or an order to complain.</summary>
    public static bool Matches(string text)
    {
        var plain = PlainWords.Of(text);
        return HowToGiveFeedback().IsMatch(plain) || OrdersAComplaint().IsMatch(plain) || AsksForTheBox().IsMatch(plain) || AsksIfThisIsThePlace().IsMatch(plain)
            || ViewsToThoseWhoDecide.Matches(text);
    }

    // Round AC (route-ac): "is there a suggestion box", "comments box?", "wheres the feedback form": the box or form for suggestions, ideas,
    // comments or feedback asked for alone is the way in, and this dialog is that way (as "how do i leave a suggestion" is, above). A
    // complaint form is not this: complaints have the council's own procedure, which the guides hold.
    [GeneratedRegex(@"^(?:(?:so|ok|hi|hey|yo)\s+)*(?:(?:is\s+there|have\s+(?:you|u)\s+got|do\s+(?:you|u)\s+have|wheres|where\s+is|got|any)\s+)?(?:an?\s+|the\s+|like\s+an?\s+|your\s+)?(?:suggestions?|comments?|feedback|ideas?)\s+(?:box|form|page)(?:\s+(?:or\s+something|anywhere|on\s+here|here))?$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex AsksForTheBox();

    // Round AF (route-af): "is this where i give my views on the local offer?", "is this the right place to leave feedback", "is here where
    // we have our say": asking whether this chat is where one's own views go is wanting to give them here, and the dialog is the yes.
    // What is given must be the person's (i, we, "to"): "is this where the council puts its feedback" asks a fact. A complaint is not
    // this: complaints have the council's own procedure, which the guides hold.
    [GeneratedRegex(@"^(?:(?:so|ok|hi|hey|hiya|hello|yo|um|erm)\s+)*is\s+(?:this|here|this\s+chat|this\s+bot|this\s+app)\s+(?:the\s+(?:right\s+)?place\s+(?:to\s+|where\s+(?:i|we)\s+(?:can\s+)?)|where\s+(?:i|we)\s+(?:can\s+|should\s+|could\s+)?)(?:give|leave|share|send|put|post|say|have|tell\s+(?:you|u)|submit)\s+(?:my\s+|our\s+|a\s+|an\s+|some\s+|any\s+)?(?:views?|feedback|opinions?|thoughts|say|comments?|ideas?|suggestions?|compliments?)(?:\s+(?:on|about|for|regarding)(?:\s+\w+){1,6})?$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex AsksIfThisIsThePlace();

    // "how do i send feedback to the council", "how can we leave a suggestion", "how do i give feedback to you lot": feedback with the
    // council or the bot named as where it goes (the dialog's own destination), or a suggestion, idea or compliment, which have no
    // other route. A bare "how do i give feedback" is still answered with the button (rounds D and W): feedback may be a complaint,
    // and the guide explains both routes.
    [GeneratedRegex(@"^(?:how|where)\s+(?:do|can|could|would|should)\s+(?:i|we)\s+(?:send|give|leave|submit|put\s+in|make|pass\s+on)\s+(?:a\s+|an\s+|some\s+|my\s+|any\s+)?(?:(?:feedback|feed\s+back)\s+(?:to|for)\s+(?:the\s+)?(?:croydon\s+)?(?:council|croydon|you|u|you\s+lot|u\s+lot)|(?:suggestions?|ideas?|compliments?)(?:\s+(?:to|for)\s+(?:the\s+)?(?:croydon\s+)?(?:council|croydon|you|u|you\s+lot|u\s+lot))?)$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex HowToGiveFeedback();

    // An order to lodge a complaint, with at most a short "about ..." and politeness: "log a complaint pls", "make a complaint about
    // my housing officer please", "can u raise a complaint for me". Asking leave ("can i make a complaint") or how is read as before.
    [GeneratedRegex(@"^(?:(?:please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u))\s+)?(?:make|log|lodge|raise|file|put\s+in|submit)\s+(?:a\s+|an\s+|my\s+)?(?:formal\s+)?complaint(?:\s+for\s+me)?(?:\s+(?:about|against|on|for)\s+(?:\w+\s+){0,5}\w+)?(?:\s+(?:please|pls|plz|for\s+me))?$", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex OrdersAComplaint();
}
