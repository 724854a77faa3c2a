using System.Text.RegularExpressions;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// A message's opening clause that says what the message is: an item of feedback named ("this is a suggestion", "its a complaint
/// about the letters", "just an idea"), announced as had ("i have a complaint", "got some feedback for the hub") or wished to be
/// given ("want to give some feedback about ofsted stuff?"). What follows is that item, whatever its shape: an imperative ("do a
/// drop in in the evenings") or a story that reads like a situation before a question. Every message of this shape in the eval files
/// (rounds B to AR) is labelled feedback, also when it goes on to ask where to send it.
/// </summary>
public static partial class SelfAnnouncement
{
    /// <summary>True when <paramref name="clause"/> names, announces or wishes to give an item of feedback, and nothing but that.</summary>
    public static bool Opens(string clause)
    {
        var lower = clause.Trim().ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
        return (Named().IsMatch(lower) || Had().IsMatch(lower) || Wished().IsMatch(lower) || WishedToComment().IsMatch(lower)) && !ForSomethingElse().IsMatch(lower);
    }

    /// <summary>
    /// True when <paramref name="clause"/> asks only where, or whether, to send what was announced ("where do i put it", "can i do
    /// it on here?", "who do i send that to"): it points back at the item, so it asks nothing of its own. "how do i do it" asks how
    /// the process works, which the guides answer.
    /// </summary>
    public static bool AsksOnlyWhereToSendIt(string clause) =>
        clause.Trim().ToLowerInvariant() is var c && SendsIt().IsMatch(c) && !HowOpens().IsMatch(c);

    [GeneratedRegex(@"^(?:(?:so|and|but|ok)\s+)?(?:how|hw)\b")]
    private static partial Regex HowOpens();

    // What the item is: the kinds of feedback the dialog takes.
    private const string Kind = @"(?:suggestion|idea|complaint|compliment|comment|feedback|shout\s*out)s?";

    // Words between the article and the kind that keep it an item of feedback; not "good" ("its a good idea to ..." judges an idea).
    private const string Size = @"(?:(?:quick|little|small|big|formal|official|proper|serious|genuine|positive|constructive|honest)\s+)?";

    // What may follow the kind in the opening clause: nothing, or whom or what it is for ("for the council", "about the letters u send").
    private const string Rest = @"(?:\s+(?:for|about|on|to|regarding|re)\b[^,.;:!?]*)?\s*[,.;:!?\-\u2013\u2014]*\s*$";

    private const string Greeting = @"^(?:(?:hi|hey|hello|hiya|yo|so|ok|okay|right|um|erm|also|and)\W+)*";

    // "this is a suggestion", "this ones a complaint", "heres an idea", "its feedback about ...", "just a suggestion".
    [GeneratedRegex(Greeting + @"(?:this\s+is|this\s+ones|heres|here\s+is|its|it\s+is|just|quick|one\s+more|another)\s+(?:(?:an?|my|one|some)\s+)?" + Size + Kind + Rest)]
    private static partial Regex Named();

    // "i have a complaint", "ive got some feedback for the hub", "got an idea". Round AC (route-ac): also with no article ("got feedback on
    // the ofsted thing", "i have feedback about the hub").
    [GeneratedRegex(Greeting + @"(?:(?:i|we)\s+(?:have|got|ve\s+got)|(?:ive|weve)\s+got|got)\s+(?:(?:an?|one|some|two|2|a\s+few)\s+)?" + Size + Kind + Rest)]
    private static partial Regex Had();

    // "want to give some feedback about ofsted stuff?", "i wanna make a complaint about my flat", "id like to leave a compliment".
    [GeneratedRegex(Greeting + @"(?:(?:i|we)\s+)?(?:just\s+|really\s+)?(?:want|wanna|would\s+like|d\s+like|id\s+like|need)\s+(?:to\s+)?(?:give|leave|make|send|share|put\s+in|raise|pass\s+on)\s+(?:(?:an?|my|some|one)\s+)?" + Size + Kind + Rest)]
    private static partial Regex Wished();

    // Round AF (route-af): the wish told with a verb instead of a noun, and what it is on: "id like to comment on how i was treated at my
    // review", "i want to have my say about the local offer", "we wanna give our views on the forum". The kind of telling is named as
    // surely as "a comment" is; what it is on is the subject, still to be told. "i want to know about ..." names no telling.
    [GeneratedRegex(Greeting + @"(?:(?:i|we)\s+)?(?:just\s+|really\s+)?(?:want|wanna|would\s+like|d\s+like|id\s+like)\s+(?:to\s+)?(?:comment|feed\s*back|have\s+(?:my|our|a)\s+say|(?:give|share|put\s+across)\s+(?:my|our)\s+(?:views?|opinions?|thoughts))\s+(?:on|about|regarding)\b[^,.;:!?]*[.!]*\s*$")]
    private static partial Regex WishedToComment();

    // An idea for something of one's own ("an idea for a business", "a complaint letter") is not feedback for the council.
    [GeneratedRegex(@"\b(?:suggestion|idea|complaint|compliment|comment|feedback)s?\s+(?:for\s+(?:a|an|my\s+(?:own|business|essay|project|coursework))\b|letters?\b|forms?\b|emails?\b|numbers?\b|procedure\b|process\b)")]
    private static partial Regex ForSomethingElse();

    [GeneratedRegex(@"\b(?:send|put|give|leave|pass|take|submit|do|post|share|tell|raise|email|forward|get)\s+(?:\w+\s+)?(?:it|this|that|them|both|em)\b")]
    private static partial Regex SendsIt();
}
