using CroydonBot.Replies;
using Microsoft.Extensions.Logging;

namespace CroydonBot.UnitTests.Replies;

/// <summary>
/// A pattern that runs out of time must not silently change the reply: under load the message is read again with a longer
/// limit, and a warning is logged. The patterns below backtrack on purpose (nested repeats over a run of "a"s): the
/// first limit is far too short for them, the way 200 ms is too short for an ordinary pattern at load 40.
/// </summary>
public sealed class OutOfScopeMatcherTimeoutTests
{
    // 22 "a"s then "!": "(a+)+b" tries millions of ways before "!" matches, so it never finishes in 1 ms, but does in seconds.
    private const string SlowButMatching = "(a+)+b|!";
    private static readonly string Message = new string('a', 22) + "!";

    private static OutOfScopeData Topics(params OutOfScopeData.Topic[] topics) => new() { Topics = [.. topics] };

    [Fact]
    public void APatternThatRunsOutOfTimeUnderLoadIsReadAgainAndTheReplyDoesNotChange()
    {
        var log = new ListLogger();
        var matcher = new OutOfScopeMatcher(Topics(new OutOfScopeData.Topic { Name = "slow", Patterns = [SlowButMatching] }), log,
            TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(60));

        Assert.Equal("slow", matcher.Match(Message)?.Name);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("slow", StringComparison.Ordinal));
        // The words of the message never go into the log.
        Assert.DoesNotContain(log.Entries, e => e.Message.Contains(Message, StringComparison.Ordinal));
    }

    [Fact]
    public void APatternThatCannotBeReadAtAllIsLoggedAndTheOtherTopicsAreStillRead()
    {
        var log = new ListLogger();
        var matcher = new OutOfScopeMatcher(Topics(
                new OutOfScopeData.Topic { Name = "slow", Patterns = [SlowButMatching] },
                new OutOfScopeData.Topic { Name = "plain", Patterns = ["!"] }),
            log, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2));

        // The unread pattern does not match; the next topic is still read (a time-out used to end the whole check).
        Assert.Equal("plain", matcher.Match(Message)?.Name);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("could not be read", StringComparison.Ordinal));

        // Not remembered: the same message is read afresh next time, not given one busy moment's answer.
        var before = log.Entries.Count;
        matcher.Match(Message);
        Assert.True(log.Entries.Count > before);
    }

    [Fact]
    public void AnExceptionThatCannotBeReadDoesNotLiftTheDecline()
    {
        var matcher = new OutOfScopeMatcher(Topics(new OutOfScopeData.Topic { Name = "declined", Patterns = ["!"], Unless = [SlowButMatching] }),
            new ListLogger(), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2));

        Assert.Equal("declined", matcher.Match(Message)?.Name);
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
