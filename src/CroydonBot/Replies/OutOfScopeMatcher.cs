using System.Text.RegularExpressions;
using CroydonBot.Caching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CroydonBot.Replies;

/// <summary>Recognises requests the bot must not try to answer from its documents (dialogs/out-of-scope.yaml).</summary>
/// <remarks>
/// Each pattern has a time limit, so a 100 KB paste cannot hold a turn. The limit must not change a reply, though: on a
/// machine at load 40 an ordinary message can outlast 200 ms, and a silent "not matched" then sent a request the bot must
/// decline (someone's file, another council) to the knowledge base. So a pattern that runs out of time is read again with
/// a much longer limit (load slows a match down a few times, it does not make it endless), with a warning in the log. Only
/// a message that outlasts that too (a pathological paste) is decided without the pattern, safe side first: an unread
/// pattern does not match (the knowledge base, with its own "I don't know", answers), an unread exception does not lift a
/// topic that matched (the decline, which names who can help, stands). Neither outcome is remembered for the text, so the
/// next identical message is read afresh rather than inheriting one busy moment's answer.
/// </remarks>
public sealed class OutOfScopeMatcher
{
    /// <summary>The first limit per pattern: enough for any message at ordinary load.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The limit for a pattern read again after running out of time.</summary>
    public static readonly TimeSpan RetryTimeout = TimeSpan.FromSeconds(3);

    private readonly RecentTexts<Reading> _recent = new(2_000);
    private readonly List<(OutOfScopeData.Topic Topic, Pattern[] Patterns, Pattern[] Unless)> _topics;
    private readonly ILogger _logger;

    public OutOfScopeMatcher(OutOfScopeData data, ILogger<OutOfScopeMatcher>? logger = null)
        : this(data, logger, Timeout, RetryTimeout)
    {
    }

    /// <summary>With other limits: tests make a pattern run out of time on purpose.</summary>
    public OutOfScopeMatcher(OutOfScopeData data, ILogger? logger, TimeSpan timeout, TimeSpan retryTimeout)
    {
        _logger = logger ?? NullLogger.Instance;
        Pattern Compile(string pattern) => new(
            new Regex(pattern, RegexOptions.CultureInvariant, timeout),
            new Regex(pattern, RegexOptions.CultureInvariant, retryTimeout));
        _topics = [.. data.Topics.Select(t => (t, t.Patterns.Select(Compile).ToArray(), t.Unless.Select(Compile).ToArray()))];
    }

    /// <summary>The topic named <paramref name="name"/> in the data file: one matched by something other than its patterns.</summary>
    public OutOfScopeData.Topic Named(string name) =>
        _topics.Select(t => t.Topic).FirstOrDefault(t => t.Name == name) ?? throw new InvalidDataException($"{OutOfScopeData.File} has no topic '{name}'.");

    /// <summary>The first topic the message matches, or null.</summary>
    public OutOfScopeData.Topic? Match(string text) =>
        // Every message is checked; the same words always give the same topic, so common ones are remembered, unless a
        // pattern could not be read in time.
        _recent.GetOrAdd(text, Evaluate, keep: r => r.Complete).Topic;

    private sealed record Reading(OutOfScopeData.Topic? Topic, bool Complete);

    private sealed record Pattern(Regex First, Regex Retry);

    private Reading Evaluate(string text)
    {
        var normalised = OutOfScopeText.Normalise(text);
        var complete = true;
        foreach (var (topic, patterns, unless) in _topics)
        {
            if (patterns.Any(p => IsMatch(p, normalised, topic.Name, ref complete))
                && !unless.Any(p => IsMatch(p, normalised, topic.Name, ref complete)))
            {
                return new Reading(topic, complete);
            }
        }
        return new Reading(null, complete);
    }

    /// <summary>Whether <paramref name="pattern"/> matches; read again with the long limit when the first runs out.</summary>
    private bool IsMatch(Pattern pattern, string text, string topic, ref bool complete)
    {
        try
        {
            return pattern.First.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            complete = false;
        }
        try
        {
            var matched = pattern.Retry.IsMatch(text);
            // The topic and the message's length only: a young person's words never go into the logs.
            _logger.LogWarning("Out-of-scope pattern of topic {Topic} ran out of time ({Timeout} ms) on a message of {Length} characters; read again with the longer limit", topic, pattern.First.MatchTimeout.TotalMilliseconds, text.Length);
            return matched;
        }
        catch (RegexMatchTimeoutException)
        {
            _logger.LogWarning("Out-of-scope pattern of topic {Topic} could not be read even in {Timeout} ms on a message of {Length} characters; decided without it", topic, pattern.Retry.MatchTimeout.TotalMilliseconds, text.Length);
            // Unread is not matched: for a topic's pattern that leaves the message to the knowledge base, for an exception
            // it keeps the topic's decline.
            return false;
        }
    }
}
