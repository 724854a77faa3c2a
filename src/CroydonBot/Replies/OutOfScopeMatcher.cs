using System.Text.RegularExpressions;
using CroydonBot.Caching;

namespace CroydonBot.Replies;

/// <summary>Recognises requests the bot must not try to answer from its documents (dialogs/out-of-scope.yaml).</summary>
public sealed class OutOfScopeMatcher
{
    private readonly RecentTexts<OutOfScopeData.Topic?> _recent = new(2_000);
    private readonly List<(OutOfScopeData.Topic Topic, Regex[] Patterns, Regex[] Unless)> _topics;

    public OutOfScopeMatcher(OutOfScopeData data)
    {
        _topics = [.. data.Topics.Select(t => (t, t.Patterns.Select(Compile).ToArray(), t.Unless.Select(Compile).ToArray()))];
    }

    /// <summary>The topic named <paramref name="name"/> in the data file: one matched by something other than its patterns.</summary>
    public OutOfScopeData.Topic Named(string name) =>
        _topics.Select(t => t.Topic).FirstOrDefault(t => t.Name == name) ?? throw new InvalidDataException($"{OutOfScopeData.File} has no topic '{name}'.");

    /// <summary>The first topic the message matches, or null.</summary>
    public OutOfScopeData.Topic? Match(string text) =>
        // Every message is checked; the same words always give the same topic, so common ones are remembered.
        _recent.GetOrAdd(text, Evaluate);

    private OutOfScopeData.Topic? Evaluate(string text)
    {
        var normalised = text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
        try
        {
            foreach (var (topic, patterns, unless) in _topics)
            {
                if (patterns.Any(p => p.IsMatch(normalised)) && !unless.Any(p => p.IsMatch(normalised)))
                {
                    return topic;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A 100 KB paste on a busy server can outlast the timeout: let the knowledge base answer it instead of failing the turn.
        }
        return null;
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
}
