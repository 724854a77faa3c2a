using CroydonBot.IntegrationTests.Dialogs;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Safety;
using CroydonBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>
/// The app stopped and started again over its SQLite file, as after a deployment: whatever a turn was
/// acknowledged for is in the file, and the new app (with an empty state cache) carries on from it.
/// </summary>
public sealed class RestartOverTheSameSqliteFileTests : IAsyncLifetime
{
    private const string Question = "who are the young ambassadors";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"croydonbot-restart-{Guid.NewGuid():N}.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task EveryAcknowledgedQuestionAndStateIsThereAfterARestart()
    {
        var dialog = Guid.NewGuid().ToString("N");
        ISqlDatabase firstDatabase;
        await using (var first = await BotHost.StartAsync($"Storage:SqlitePath={_path}"))
        {
            firstDatabase = first.Services.GetRequiredService<ISqlDatabase>();
            Assert.IsType<CachedConversationStateStore>(first.Services.GetRequiredService<IConversationStateStore>());
            var onFirst = new FeedbackConversation(first.Client, dialog);
            await onFirst.AnswerAsync("feedback");
            await onFirst.AnswerAsync("Housing");
            // Many conversations at once, so their writes share batches; the host stops as soon as they are answered.
            await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => first.Client.AskAsync(Question, Guid.NewGuid().ToString("N"))));
        }

        // Stopping the app shut its writer down: it drained its queue and takes no more writes.
        await Assert.ThrowsAsync<ObjectDisposedException>(() => firstDatabase.WriteAsync((_, _, _) => Task.FromResult(0), CancellationToken.None));
        Assert.Equal(40, await QuestionLogFile.CountAsync(_path, $"question = '{Question}'"));
        await using var second = await BotHost.StartAsync($"Storage:SqlitePath={_path}");
        var onSecond = new FeedbackConversation(second.Client, dialog);
        await onSecond.AnswerAsync("the dialog was begun before the restart");
        await onSecond.AnswerAsync("no");
        await onSecond.AnswerAsync("no");
        await onSecond.AnswerAsync("yes");
        Assert.Contains("Shall I send it?", onSecond.Text);
        await onSecond.AnswerAsync("Send it");
        var stored = await second.Services.GetRequiredService<IFeedbackStore>().GetAsync(FeedbackConversation.ReferenceIn(onSecond.Text), CancellationToken.None);
        Assert.Equal("the dialog was begun before the restart", stored!.Message);
        Assert.Equal("housing", stored.Topic);
    }
}
