using System.Text.RegularExpressions;
using CroydonBot.Caching;
using CroydonBot.Text;

namespace CroydonBot.Replies;

/// <summary>Recognises small talk by whole-message phrases and patterns from dialogs/smalltalk.yaml.</summary>
public sealed class SmallTalkMatcher
{
    private readonly BoundedMemo<string, SmallTalkData.Intent?> _recent = new(2_000, StringComparer.Ordinal);
    private readonly List<(SmallTalkData.Intent Intent, HashSet<string> Phrases, Regex[] Patterns)> _intents;

    public SmallTalkMatcher(SmallTalkData data)
    {
        _intents = [.. data.Intents.Select(i => (
            i,
            i.Phrases.Select(PlainWords.Of).ToHashSet(StringComparer.Ordinal),
            i.Regex.Select(r => new Regex("^(?:" + r + ")$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200))).ToArray()))];
    }

    /// <summary>The matching intent, or null when the message is not small talk.</summary>
    public SmallTalkData.Intent? Match(string text)
    {
        var normalised = PlainWords.Of(text);
        // Every message is checked; "hi" and "thanks" come again and again, so results are remembered.
        return normalised.Length is 0 or > 80 ? null : _recent.GetOrAdd(normalised, Evaluate);
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
