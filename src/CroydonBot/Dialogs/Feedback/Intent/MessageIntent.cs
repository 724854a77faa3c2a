using System.Text.RegularExpressions;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// Made-up words for what a message wants to do, added to the text the model sees (<see cref="FeedbackIntentText.Prepare"/>):
/// a verb of telling ("tell", "let ... know", "suggest", "pitch", "rate", "thank"), someone to tell ("the council",
/// "u guys", "who do i tell"), and wanting to know rather than to tell ("i want to know", "tell me"). Word pairs see
/// these only in the exact words of the examples; one mark for the whole family lets the model learn the shape
/// once ("id like to tell the council what its like" and "want to tell u guys what would have helped" share it).
/// </summary>
public static partial class MessageIntent
{
    public const string TellVerb = "qqtellverbqq";
    public const string Addressee = "qqaddresseeqq";
    public const string WantsToTell = "qqwantstotellqq";
    public const string WantsToKnow = "qqwantstoknowqq";

    public static string Marks(string text)
    {
        var lower = text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace('\u2019', ' ');
        var marks = "";
        if (TellVerbs().IsMatch(lower))
        {
            marks += " " + TellVerb;
        }
        if (Addressees().IsMatch(lower))
        {
            marks += " " + Addressee;
        }
        if (Wanting().IsMatch(lower))
        {
            marks += " " + WantsToTell;
        }
        if (Knowing().IsMatch(lower))
        {
            marks += " " + WantsToKnow;
        }
        return marks;
    }

    /// <summary>
    /// Ways of telling, suggesting, praising or complaining ("have a moan", "rant" and "vent" too; not "tell me", which asks; not a polite "thanks" at the
    /// end of a message, which says nothing about what it wants: "I'd prefer not to go ahead, thanks" stops).
    /// </summary>
    [GeneratedRegex(@"\b(?:tell(?!\s+(?:me|us)\b)|let\s+\w+(?:\s+\w+)?\s+know|suggest\w*|ideas?|pitch|share|feed\s*back|opinions?|views|review|rate|rating|praise|thank(?:s|ing)?\s+(?:to|the|my|our|him|her|them|everyone|all|whoever|every)|(?:say|give|big|massive|huge)\s+(?:a\s+)?(?:big\s+)?thanks?|grateful|complain\w*|moan\w*|rant|vent|whinge\w*|grumble|pass\s+(?:\w+\s+)?on|say\s+something|speak\s+up|shout\s*out|recommend\w*|put\s+forward|raise)\b")]
    private static partial Regex TellVerbs();

    /// <summary>Someone to tell: the council and its people, "u guys", or asking who that is.</summary>
    [GeneratedRegex(@"\b(?:council|croydon|you\s+guys|u\s+guys|yous|someone|somebody|whoever|the\s+team|staff|bosses|management|people\s+in\s+charge|(?:who|where)\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:tell|send|pitch|share|take|go|speak|talk|give))\b")]
    private static partial Regex Addressees();

    /// <summary>Wanting to tell: "i want to", "id like to", "can i", "wanna" before a way of telling.</summary>
    [GeneratedRegex(@"\b(?:i\s+(?:want|wanna|would\s+like|d\s+like)|id\s+like|wanna|want\s+to|can\s+(?:i|we)|could\s+(?:i|we)|may\s+i|we\s+want|got\s+(?:an?\s+)?\w*\s*(?:idea|suggestion|complaint))\b.{0,40}?\b(?:tell(?!\s+(?:me|us)\b)|let\s+\w+(?:\s+\w+)?\s+know|suggest|pitch|share|give\s+(?:my|our|some|a|an)|make\s+a|leave\s+a|rate|say|put\s+forward|raise|praise|thank|complain|moan|rant|vent|whinge|feed\s*back|report|speak)")]
    private static partial Regex Wanting();

    /// <summary>Wanting to know: "i want to know", "id like to know", "wondering", "tell me", "explain".</summary>
    [GeneratedRegex(@"\b(?:(?:want|wanna|like|need)\s+to\s+know|wanna\s+know|wondering|wonder\s+if|tell\s+(?:me|us)\b|explain|find\s+out|any\s+idea\s+(?:if|whether|how|what|when))")]
    private static partial Regex Knowing();
}
