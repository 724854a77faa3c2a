using System.Diagnostics;

namespace CroydonBot.LoadTest;

/// <summary>
/// N conversations, each a loop of one turn at a time (as a person waits for the reply before typing), all
/// at once against one bot. Turns in the warm-up are sent and checked but not counted in the figures.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string name, HttpClient http, Uri baseAddress, IReadOnlyList<string> questions, LoadOptions options)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        var conversations = Enumerable.Range(0, options.Conversations)
            .Select(i => new ConversationLog($"load-{runId}-{i:000}", $"user-{runId}-{i:000}"))
            .ToArray();
        var harnessCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var measureFrom = options.Warmup;
        var stopAt = options.Warmup + options.Duration;
        long turnsStarted = 0;
        var workers = conversations.Select((conversation, i) => Task.Run(async () =>
        {
            // Each conversation starts at a different question so the bot sees the whole mix at once.
            for (var n = 0L; ; n++)
            {
                if (clock.Elapsed >= stopAt || options.MaxTurns > 0 && Interlocked.Increment(ref turnsStarted) > options.MaxTurns)
                {
                    return;
                }
                var text = questions[(int)((i + n) % questions.Count)];
                var body = MessageBody.Create(conversation.Id, conversation.UserId, text, n);
                var started = clock.Elapsed;
                var start = Stopwatch.GetTimestamp();
                Turn result;
                try
                {
                    result = await Turn.SendAsync(http, baseAddress, body, CancellationToken.None);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    result = new Turn(false, 0, 0);
                }
                var elapsed = Stopwatch.GetElapsedTime(start);
                conversation.Add(text, result, started >= measureFrom, elapsed);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var total = clock.Elapsed;
        var measured = (options.MaxTurns > 0 ? total : TimeSpan.FromTicks(Math.Min(total.Ticks, stopAt.Ticks))) - measureFrom;
        return new LoadResult(name, conversations, measured > TimeSpan.Zero ? measured : total)
        {
            HarnessCpuTime = Process.GetCurrentProcess().TotalProcessorTime - harnessCpu,
        };
    }
}
