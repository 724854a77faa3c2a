using System.Net.Http.Json;
using System.Text;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace CroydonBot.IntegrationTests.Safety;

/// <summary>Generated JSON bodies at POST /api/messages on the running app.</summary>
public sealed class EndpointPropertyTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotHost.StartAsync("RateLimits:PerConversationPerMinute=100000", "RateLimits:PerAddressPerMinute=100000");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void EveryBodyGetsA2xxOr4xxAndEveryAcceptedQuestionIsLoggedExactlyOnce()
    {
        var property = Prop.ForAll(HostileJson.Body.ToArbitrary(), body => Task.Run(async () =>
        {
            var before = await QuestionLogFile.CountAsync(_host.DatabasePath);
            var first = await PostAsync(body.Json);
            // The same bytes again: a replayed activity must not be answered or logged twice.
            var replay = await PostAsync(body.Json);
            var logged = await QuestionLogFile.CountAsync(_host.DatabasePath) - before;

            var accepted = first is >= 200 and < 300;
            // A message read as feedback ("Shall I send this as your feedback?") goes to the feedback conversation, not the
            // question log (as in PipelinePropertyTests). The body's own replies may go to its serviceUrl, so the reading is
            // asked in a fresh conversation of its own, after the count.
            var asked = accepted && body.MessageText is { } text && HostileText.IsQuestion(text) && !await ReadAsFeedbackAsync(text);
            // Without an activity id a replay cannot be recognised, so the second post is a new message.
            var expected = asked ? (body.HasId ? 1 : 2) : 0;
            // A message with a value may be a card submit, which is not a question: then at most, not exactly.
            var loggedRight = body.HasValue ? logged <= expected : logged == expected;
            return (Allowed(first, body) && Allowed(replay, body)).Label($"status {first} then {replay}")
                .And(loggedRight.Label($"logged {logged}, expected {expected}"));
        }).GetAwaiter().GetResult());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }

    /// <summary>2xx or 4xx; an invoke gets 501 by design (its status is its result and the bot has no invoke handlers).</summary>
    private static bool Allowed(int status, HostileBody body) =>
        status is >= 200 and < 300 or >= 400 and < 500 || status == 501 && body.Type == ActivityTypes.Invoke;

    /// <summary>True when the bot, in a fresh conversation, offers to send <paramref name="text"/> as feedback.</summary>
    private async Task<bool> ReadAsFeedbackAsync(string text)
    {
        using var response = await _host.Client.PostAsJsonAsync("api/messages", Activities.Message(text, userId: "probe"), ProtocolJson.Options);
        var replies = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options) : null;
        return replies?.Activities.FirstOrDefault(r => r.Type == ActivityTypes.Message) is { } first
            && CroydonBot.Replies.ReplyChannelData.KindOf(first) == CroydonBot.Replies.ReplyKinds.Feedback;
    }

    private async Task<int> PostAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _host.Client.PostAsync("api/messages", content);
        return (int)response.StatusCode;
    }
}
