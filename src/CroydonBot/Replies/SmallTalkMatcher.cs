using System.Text.RegularExpressions;
using CroydonBot.Caching;
using CroydonBot.Text;

namespace CroydonBot.Replies;

/// <summary>Recognises small talk by whole-message phrases and patterns from dialogs/smalltalk.yaml.</summary>
public sealed class SmallTalkMatcher
{
    /// <summary>See <see cref="RegexLimits"/>: load must not change what a message is read as.</summary>
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(RegexLimits.MatchMilliseconds);

    private readonly BoundedMemo<string, SmallTalkData.Intent?> _recent = new(2_000, StringComparer.Ordinal);
    private readonly List<(SmallTalkData.Intent Intent, HashSet<string> Phrases, Regex[] Patterns)> _intents;
    private readonly ClosingRecogniser _closings;
    private readonly SmallTalkData.Intent? _closing;

    /// <summary>The intents that end a conversation kindly: thanks, goodbye, or both together.</summary>
    public static readonly IReadOnlySet<string> Closings = new HashSet<string>(StringComparer.Ordinal) { "thanks", "bye", "closing" };

    public SmallTalkMatcher(SmallTalkData data)
    {
        _closings = new ClosingRecogniser(data.Closings);
        _closing = data.Intents.FirstOrDefault(i => i.Name == "closing");
        _intents = [.. data.Intents.Select(i => (
            i,
            i.Phrases.Select(PlainWords.Of).ToHashSet(StringComparer.Ordinal),
            i.Regex.Select(r => new Regex("^(?:" + r + ")$", RegexOptions.CultureInvariant, RegexTimeout)).ToArray()))];
    }

    /// <summary>The matching intent, or null when the message is not small talk.</summary>
    public SmallTalkData.Intent? Match(string text)
    {
        var normalised = PlainWords.Of(text);
        // Every message is checked; "hi" and "thanks" come again and again, so results are remembered.
        var intent = normalised.Length is 0 or > 80 ? null : Remembered(normalised);
        // A closing is read from the text as typed, by word classes (ClosingRecogniser): its clauses (commas, full stops) and
        // a question mark count. "thanks" or "bye" alone keep their own replies, matched above.
        return intent ?? (normalised.Length is > 0 and <= 160 && _closing is not null && _closings.IsClosing(text) ? _closing : null);
    }

    private SmallTalkData.Intent? Remembered(string normalised)
    {
        try
        {
            return _recent.GetOrAdd(normalised, Evaluate);
        }
        catch (RegexMatchTimeoutException)
        {
            // The timeout is wall-clock: on a starved machine even a short message can outlast it. Small talk is a nicety, so
            // the message goes on to the knowledge base instead of failing the turn; nothing is remembered, so the next try is fresh.
            return null;
        }
    }

    private SmallTalkData.Intent? Evaluate(string normalised)
    {
        foreach (var (intent, phrases, patterns) in _intents)
        {
            if (phrases.Contains(normalised) || patterns.Any(p => p.IsMatch(normalised)))
            {
                return intent;
            }
        }
        return null;
    }
}
