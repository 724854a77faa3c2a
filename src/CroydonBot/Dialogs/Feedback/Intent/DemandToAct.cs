using System.Text.RegularExpressions;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// A clause that demands someone hear or act on what the message has just told: "someone needs to sort this", "the council
/// has to hear about it", "somebody at the hub should look into this". Closing a message that tells something, it makes the
/// message feedback for the council, however low the model reads the story before it (an angry story in the person's own
/// words reads like a situation told before a question). A "why" question beside it ("why do they never ring back?? someone
/// needs to hear this") is the complaint's rhetoric, not a question for the guides.
/// </summary>
public static partial class DemandToAct
{
    /// <summary>
    /// True when <paramref name="clause"/> demands that someone hear or act on what was told ("this", "that", "it"), or says the person
    /// wants someone in charge to know or hear it ("i want someone at the top to know", "i want the council to hear how that feels").
    /// </summary>
    public static bool Matches(string clause) => clause.Trim().Replace('\u2019', '\'') is var c && (Demand().IsMatch(c) || WishToBeHeard().IsMatch(c));

    /// <summary>
    /// True when <paramref name="clause"/> opens with "why" or its spoken form "how come": a rhetorical question beside a demand to act
    /// ("how come nobody tells us when our worker leaves??" complains as "why does nobody ..." does). Round AA: so do "how is it fair
    /// ..." and "how is no one ...", which ask nothing the guides could answer.
    /// </summary>
    public static bool AsksWhy(string clause) => Why().IsMatch(clause.Trim());

    [GeneratedRegex(@"^(?:(?:like|so|and|but|honestly|seriously|srsly|tbh|really)\s+){0,3}(?:some\s*(?:one|body|1)|(?:the\s+)?council|croydon|they|the\s+people\s+in\s+charge|whoever\s+runs\s+(?:it|this|that|them))(?:\s+(?:up\s+there|higher\s+up|high\s+up|above\s+(?:her|him|them)|in\s+charge|at\s+the\s+top|senior))?(?:\s+(?:at|in|from)\s+(?:the\s+)?\w+(?:\s+\w+)?)?\s+(?:really\s+|seriously\s+|actually\s+)?(?:needs?\s+to|has\s+to|have\s+to|should|must|ought\s+to|gotta|got\s+to)\s+(?:(?:hear|know)\s+(?:about\s+)?(?:this|that|it)|(?:sort|fix|change)\s+(?:this|that|it)(?:\s+out)?|look\s+(?:into|at)\s+(?:this|that|it)|deal\s+with\s+(?:this|that|it)|do\s+something\s+about\s+(?:this|that|it)|listen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Demand();

    /// <summary>
    /// A wish that someone who can act know or hear: the person ("i", "we") wants or needs someone, the council, the bosses, someone
    /// senior or at the top, to know, hear or listen. Only those who run things: "i want my PA to know my new address" tells a worker
    /// a fact, not the council a complaint. Wanting them to act on it counts the same ("i want someone to sort this", "i need someone to
    /// ring me back and sort it", round Y: "i want someone to look at it"); a call back alone may be a request for help, not a complaint, so it needs the sorting too.
    /// Round AA: the wish may close a clause that asked something else first ("i want an answer from housing and i want the council to
    /// know how stressful this is"), be said as "i want the council told", and name "the people running it". Round AC (route-ac): the "i" may be left out, as
    /// text often drops it ("... want the council to know that").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:\w+\s+){2,12}and\s+)?(?:(?:like|so|and|but|honestly|seriously|srsly|tbh|really|just)\s+){0,3}(?:(?:i|we)\s+)?(?:just\s+|really\s+|actually\s+)?(?:want|wanna|need|would\s+like|d\s+like|wish)\s+(?:some\s*(?:one|body|1)|(?:the\s+)?council|croydon|the\s+bosses|management|the\s+people\s+in\s+charge|the\s+people\s+(?:running|who\s+runs?)\s+(?:it|this|that|them)|whoever\s+(?:is\s+in\s+charge|runs\s+(?:it|this|that|them)))(?:\s+(?:senior|important|high\s+up|higher\s+up|in\s+charge))?(?:\s+(?:at|in|from)\s+(?:the\s+)?\w+(?:\s+\w+)?)?(?:\s+told\b|\s+(?:to|2)\s+(?:actually\s+|really\s+|finally\s+)?(?:know|hear|listen|be\s+told|(?:call|ring|phone)\s+me\s+back\b.*\b(?:sort|fix|deal\s+with)|(?:sort|fix)\s+(?:this|that|it)|deal\s+with\s+(?:this|that|it)|look\s+(?:into|at)\s+(?:this|that|it)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WishToBeHeard();

    /// <summary>
    /// True when <paramref name="clause"/> is a short order to act on what was told, "sort it out", "fix it pls", "deal with it asap":
    /// after a demand it repeats the demand.
    /// </summary>
    public static bool OrdersToAct(string clause) => OrderToAct().IsMatch(clause.Trim());

    [GeneratedRegex(@"^(?:(?:just|pls|plz|please|so|and|now)\s+)*(?:sort|fix|deal\s+with|look\s+into|do\s+something\s+about)\s+(?:it|this|that)(?:\s+out)?(?:\s+(?:pls|plz|please|asap|now|already|then))*\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderToAct();

    [GeneratedRegex(@"^(?:(?:like|so|and|but|honestly|seriously)\s+)*(?:why|y|how\s+comes?|how\s+is\s+(?:it|that|this)\s+(?:fair|ok|okay|right|allowed)|how\s+is\s+no\s*(?:one|body|1))\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Why();
}
