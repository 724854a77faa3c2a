using System.Text.RegularExpressions;
using CroydonBot.Caching;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Decides whether a message starts the feedback conversation, from the patterns in dialogs/feedback.yaml.
/// Asking about complaints ("how do I complain?") is a question for the knowledge base; complaining
/// ("the heating's been broken for weeks, tell the council") is feedback. So question forms are ruled out
/// first, then explicit requests to pass something on, then statements that a service is failing.
/// </summary>
public sealed partial class FeedbackTriggers
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);
    private readonly HashSet<string> _start;
    private readonly RecentTexts<FeedbackTrigger?> _recent = new(2_000);
    private readonly Regex[] _notFeedback;
    private readonly Regex[] _offer;
    private readonly Regex[] _complaints;
    private readonly Regex[] _ambassador;

    public FeedbackTriggers(FeedbackTriggerData data)
    {
        _start = [.. data.Start.Select(PlainWords.Of)];
        _notFeedback = Compile(data.NotFeedback);
        _offer = Compile(data.Offer);
        _complaints = Compile(data.Complaints);
        _ambassador = Compile(data.Ambassador);
    }

    /// <summary>The trigger, or null when the message is not feedback.</summary>
    public FeedbackTrigger? Match(string? text) =>
        // Every message is checked; the same words always give the same trigger, so common ones are remembered.
        text is null ? Evaluate(text) : _recent.GetOrAdd(text, Evaluate);

    private FeedbackTrigger? Evaluate(string? text)
    {
        try
        {
            return MatchPatterns(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A 100 KB paste on a busy server can outlast the timeout: not feedback, rather than a failed turn.
            return null;
        }
    }

    private FeedbackTrigger? MatchPatterns(string? text)
    {
        // Teams puts "<at>CroydonBot</at>" before a command in group chats.
        var plain = Mention().Replace(text ?? "", " ").Replace('\u2019', '\'').Trim();
        var normalised = PlainWords.Of(plain);
        if (normalised.Length == 0)
        {
            return null;
        }
        var ambassador = _ambassador.Any(r => r.IsMatch(plain));
        if (_start.Contains(normalised))
        {
            return new FeedbackTrigger(null, ambassador);
        }
        if (_notFeedback.Any(r => r.IsMatch(plain)))
        {
            return null;
        }
        foreach (var offer in _offer)
        {
            var match = offer.Match(plain);
            if (match.Success)
            {
                var part = match.Groups["message"];
                return new FeedbackTrigger(part.Success ? part.Value.Trim() : plain, ambassador);
            }
        }
        var question = plain.EndsWith('?');
        return !question && _complaints.Any(r => r.IsMatch(plain)) ? new FeedbackTrigger(plain, ambassador) : null;
    }

    private static Regex[] Compile(IEnumerable<string> patterns) =>
        [.. patterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout))];

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
