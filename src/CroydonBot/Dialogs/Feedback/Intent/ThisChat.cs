using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// Asking whether feedback can be given through this chat: "can i give feedback to the council on here?", "how do i send
/// feedback through this", "i have some feedback about my home, is this the right place?", "can i do that here", "can i
/// do that through you" (the bot asked by name: "you" is this chat). The
/// answer is yes, and the dialog is that answer, so these start it. A question about feedback that does not ask to give it
/// here ("is feedback i give here anonymous?", "what happens to feedback i send through this chat?") does not count, nor
/// does asking to be told something here ("can u tell me here ...").
/// </summary>
public static partial class ThisChat
{
    /// <summary>True when the message asks leave, or how, to give feedback through this chat, and names something to tell.</summary>
    public static bool AsksToTellHere(string text)
    {
        var plain = PlainWords.Of(text);
        return AsksLeaveOrHowHere().IsMatch(plain) && Telling().IsMatch(plain);
    }

    // Asking leave or how ("can i", "could we", "how do i") with this chat named after it, or asking whether this is the place.
    [GeneratedRegex(@"\b(?:(?:can|could|may|do)\s+(?:i|we|u|you)|how\s+(?:do|can|would|should)\s+(?:i|we))\b.*\b(?:here|this\s+(?:chat|chatbot|bot|app)|(?:thru|through|via|on)\s+(?:this|here)|(?:thru|through|via)\s+(?:you|u))\b|\bis\s+(?:this|here)\s+(?:the\s+right\s+place|the\s+place|where|ok|okay)\b", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex AsksLeaveOrHowHere();

    // Something to tell: feedback, a complaint, an idea, a message, something to pass on ("my nan asked me to pass on her thanks ...
    // can i do that here"); "tell" but not "tell me/us" (asking to be told). Round AC (route-ac): also what others are wanted to hear
    // ("a few things i want the council to hear, can i type them here").
    // Round AI (route-ai): also views someone holds or gathered ("my opinion", "our thoughts", "collected views") and wanting to say
    // something ("theres something i want to say to the council, can i do it here"): they tell as "feedback" does. A view that is not
    // the person's ("what was ofsted's view, can u tell me here") has no owner word before it and does not count.
    // Thoughts count only as thoughts on or about something ("our thoughts on the template"): "my thoughts are a mess" tells no view.
    [GeneratedRegex(@"\b(?:(?:my|our|some|any|these|those|their|collect\w*|gathered)\s+(?:views?|opinions?|say|thoughts(?=\s+(?:on|about)\b))|(?:want|wanna|would\s+like|i?d\s+like)\s+(?:to\s+|2\s+)?say|to\s+hear|feedback|feed\s+back|complain\w*|complaint|suggest\w*|message|msg|report|idea|comment|review|moan|praise|compliment|raise|say\s+something|pass\s+(?:(?:it|this|that|them)\s+)?on|tell(?!\s+(?:me|us)\b))\b", RegexOptions.None, RegexLimits.MatchMilliseconds)]
    private static partial Regex Telling();
}
