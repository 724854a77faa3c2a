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
    /// <summary>True when <paramref name="clause"/> demands that someone hear or act on what was told ("this", "that", "it").</summary>
    public static bool Matches(string clause) => Demand().IsMatch(clause.Trim().Replace('\u2019', '\''));

    /// <summary>True when <paramref name="clause"/> opens with "why": a rhetorical question beside a demand to act.</summary>
    public static bool AsksWhy(string clause) => Why().IsMatch(clause.Trim());

    [GeneratedRegex(@"^(?:(?:like|so|and|but|honestly|seriously|srsly|tbh|really)\s+){0,3}(?:some\s*(?:one|body|1)|the\s+council|croydon|they|the\s+people\s+in\s+charge|whoever\s+runs\s+(?:it|this|that|them))(?:\s+(?:at|in|from)\s+(?:the\s+)?\w+(?:\s+\w+)?)?\s+(?:really\s+|seriously\s+|actually\s+)?(?:needs?\s+to|has\s+to|have\s+to|should|must|ought\s+to|gotta|got\s+to)\s+(?:(?:hear|know)\s+(?:about\s+)?(?:this|that|it)|(?:sort|fix)\s+(?:this|that|it)(?:\s+out)?|look\s+into\s+(?:this|that|it)|deal\s+with\s+(?:this|that|it)|do\s+something\s+about\s+(?:this|that|it)|listen)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Demand();

    [GeneratedRegex(@"^(?:(?:like|so|and|but|honestly|seriously)\s+)*(?:why|y)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Why();
}
