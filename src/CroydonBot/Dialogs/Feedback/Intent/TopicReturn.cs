using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// Round AL (rank-al): a message that goes back to a topic already talked about and then asks about it, with no question mark:
/// "ok back to the foster thing can it go past 21", "so about the bursary again can it be paid monthly", "going back to staying
/// put does it stop at 21". Going back to a topic is a conversation move, and what follows it asks (a verb before its subject),
/// so the message is a question, however the model reads its words ("thing" and a demand-like "can it" read as feedback given).
/// Only the return named plainly: "back to", or "about / on the X thing" or "... again"; a story that merely starts with "about"
/// ("about a week ago my PA ...") is not one.
/// </summary>
public static partial class TopicReturn
{
    /// <summary>True when the message opens by going back to a topic and then asks something about it.</summary>
    public static bool Asks(string text) => Returns().IsMatch(text);

    private const string Opening = @"^(?:(?:ok|okay|kk|k|so|right|and|also|anyway|sorry|um|erm|oh|yeah|yh)[,\s]+)*";

    // What is asked after the topic: a verb that opens a question before its subject, or a question word.
    private const string Question =
        @"[,\s]+(?:(?:can|could|does|do|is|are|will|would|did|should|has|have)\s+(?:it|i|they|that|this|you|u|we|he|she|there|my|the|people|care\s+leavers)\b|(?:how|what|whats|when|where|who|which|why)\b)";

    [GeneratedRegex(Opening + @"(?:(?:(?:going|go|getting|get|coming|come)\s+)?back\s+to(?:\s+\w+){1,6}?|(?:about|on|re)\s+(?:the|that|my)(?:\s+\w+){0,3}?\s+(?:thing|stuff|question|one|bit)(?:\s+again)?|(?:about|on|re)\s+(?:the|that|my)(?:\s+\w+){1,4}?\s+again)" + Question,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Returns();
}
