using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CroydonBot.LoadTest;

/// <summary>
/// The same conversations over the bot's embedded Direct Line 3.0, as Web Chat without a websocket does it:
/// start a conversation, then per turn POST the activity and GET activities from the last watermark until
/// the bot's reply to it is there. A turn's latency runs from the POST to the reply being read.
/// </summary>
public static class DirectLineRun
{
    public const string Secret = "load-test-secret";

    public static async Task<LoadResult> RunAsync(HttpClient http, Uri baseAddress, IReadOnlyList<string> questions, LoadOptions options)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        var conversations = new ConversationLog[options.Conversations];
        for (var i = 0; i < conversations.Length; i++)
        {
            conversations[i] = new ConversationLog(await StartAsync(http, baseAddress), $"dl_{runId}_{i:000}", "directline");
        }
        var harnessCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var stopAt = options.Warmup + options.Duration;
        long turnsStarted = 0;
        var workers = conversations.Select((conversation, i) => Task.Run(async () =>
        {
            string? watermark = null;
            for (var n = 0L; ; n++)
            {
                if (clock.Elapsed >= stopAt || options.MaxTurns > 0 && Interlocked.Increment(ref turnsStarted) > options.MaxTurns)
                {
                    return;
                }
                var text = questions[(int)((i + n) % questions.Count)];
                var started = clock.Elapsed;
                var start = Stopwatch.GetTimestamp();
                Turn result;
                try
                {
                    (result, watermark) = await TurnAsync(http, baseAddress, conversation, text, watermark);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
                {
                    result = new Turn(false, 0, 0);
                }
                conversation.Add(text, result, started >= options.Warmup, Stopwatch.GetElapsedTime(start));
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var total = clock.Elapsed;
        var measured = (options.MaxTurns > 0 ? total : TimeSpan.FromTicks(Math.Min(total.Ticks, stopAt.Ticks))) - options.Warmup;
        return new LoadResult("Direct Line (POST activities + GET activities?watermark)", conversations, measured > TimeSpan.Zero ? measured : total)
        {
            HarnessCpuTime = Process.GetCurrentProcess().TotalProcessorTime - harnessCpu,
        };
    }

    private static async Task<string> StartAsync(HttpClient http, Uri baseAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "v3/directline/conversations"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return body.RootElement.GetProperty("conversationId").GetString()!;
    }

    private static async Task<(Turn Result, string? Watermark)> TurnAsync(HttpClient http, Uri baseAddress, ConversationLog conversation, string text, string? watermark)
    {
        var activities = new Uri(baseAddress, $"v3/directline/conversations/{conversation.Id}/activities");
        using var post = new HttpRequestMessage(HttpMethod.Post, activities)
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                type = "message",
                from = new { id = conversation.UserId, role = "user" },
                text,
                locale = "en-GB",
            }), Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var posted = await http.SendAsync(post);
        if (!posted.IsSuccessStatusCode)
        {
            return (new Turn(false, (int)posted.StatusCode, 0), watermark);
        }
        using var resource = JsonDocument.Parse(await posted.Content.ReadAsByteArrayAsync());
        var id = resource.RootElement.GetProperty("id").GetString();
        // The bot has handled the turn when the POST returns; the reply is normally in the first GET.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, activities + (watermark is null ? "" : $"?watermark={watermark}"));
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
            using var got = await http.SendAsync(get);
            if (!got.IsSuccessStatusCode)
            {
                return (new Turn(false, (int)got.StatusCode, 0), watermark);
            }
            using var set = JsonDocument.Parse(await got.Content.ReadAsByteArrayAsync());
            if (set.RootElement.TryGetProperty("watermark", out var w) && w.ValueKind == JsonValueKind.String)
            {
                watermark = w.GetString();
            }
            var replies = set.RootElement.GetProperty("activities").EnumerateArray()
                .Count(a => a.TryGetProperty("replyToId", out var r) && r.GetString() == id);
            if (replies > 0)
            {
                return (new Turn(true, 200, replies), watermark);
            }
            await Task.Delay(10);
        }
        return (new Turn(false, 0, 0), watermark);
    }
}
