using CroydonBot.Bot;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Safety;

/// <summary>Generated messages through the real turn pipeline (the adapter of a running app, with its SQLite file).</summary>
public sealed class PipelinePropertyTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await BotHost.StartAsync("RateLimits:PerConversationPerMinute=100000", "RateLimits:PerAddressPerMinute=100000");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void AnyMessageGetsAReplyNoExceptionEscapesAndAQuestionIsLoggedOnce()
    {
        var adapter = _host.Services.GetRequiredService<BotAdapter>();
        var property = Prop.ForAll(HostileText.Message.ToArbitrary(), text =>
        {
            var before = QuestionLogFile.CountAsync(_host.DatabasePath).GetAwaiter().GetResult();
            var activity = Activities.Message(text);
            // Run off xunit's context: the adapter awaits without ConfigureAwait, as app code may.
            var replies = Task.Run(() => adapter.ProcessActivityAsync(activity, CancellationToken.None)).GetAwaiter().GetResult();
            var logged = QuestionLogFile.CountAsync(_host.DatabasePath).GetAwaiter().GetResult() - before;
            // A message read as feedback ("Shall I send this as your feedback?") goes to the feedback conversation, not
            // the question log: since round E's uncertain zone a statement of random words can be read so.
            var readAsFeedback = replies?.Activities.FirstOrDefault(r => r.Type == ActivityTypes.Message) is { } first
                && CroydonBot.Replies.ReplyChannelData.KindOf(first) == CroydonBot.Replies.ReplyKinds.Feedback;
            return (replies is not null && replies.Activities.Any(r => r.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(r.Text)))
                .Label("a reply with text")
                .And((logged == (HostileText.IsQuestion(text) && !readAsFeedback ? 1 : 0)).Label(
                    $"logged {logged} rows; replies: {string.Join(", ", replies?.Activities.Select(r => CroydonBot.Replies.ReplyChannelData.KindOf(r) + " " + r.Text?[..Math.Min(40, r.Text.Length)]) ?? [])}"));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), property);
    }
}
