using System.Diagnostics;
using System.Globalization;
using CroydonBot.QuestionLog;
using CroydonBot.Safety;
using CroydonBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CroydonBot.Benchmarks;

/// <summary>
/// The storage part of a bot turn on its own, as the load test's conversations drive it: load the state,
/// log the question, save the state, for many conversations at once over one SQLite file. Prints the
/// process's CPU per turn, which a busy shared machine disturbs far less than turns per second.
/// </summary>
public static class StorageTurnReport
{
    public static async Task RunAsync(int conversations, int turnsEach)
    {
        var path = Path.Combine(Path.GetTempPath(), $"croydonbot-bench-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SqlitePath"] = path }).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IPersonalDataRedactor, PersonalDataRedactor>()
            .AddSingleton(TimeProvider.System)
            .AddStorage(configuration)
            .AddQuestionLog()
            .BuildServiceProvider();
        try
        {
            await services.GetRequiredService<MigrationRunner>().MigrateAsync(CancellationToken.None);
            var store = services.GetRequiredService<IConversationStateStore>();
            var log = services.GetRequiredService<IQuestionLog>();
            var hasher = services.GetRequiredService<IdentityHasher>();
            Console.WriteLine($"{"run",-10}{"turns",8}{"turns/s",10}{"CPU ms/turn",13}{"alloc KB/turn",15}");
            await MeasureAsync("warm-up", conversations, Math.Max(1, turnsEach / 4), store, log, hasher);
            for (var round = 1; round <= 3; round++)
            {
                await MeasureAsync($"round {round}", conversations, turnsEach, store, log, hasher);
            }
        }
        finally
        {
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task MeasureAsync(string name, int conversations, int turnsEach, IConversationStateStore store, IQuestionLog log, IdentityHasher hasher)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            var conversation = $"{name}-{c}";
            for (var turn = 0; turn < turnsEach; turn++)
            {
                await TurnAsync(conversation, turn, store, log, hasher);
            }
        })));
        clock.Stop();
        process.Refresh();
        var turns = conversations * turnsEach;
        var cpuPerTurn = (process.TotalProcessorTime - cpu).TotalMilliseconds / turns;
        var allocPerTurn = (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1024.0 / turns;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-10}{turns,8}{turns / clock.Elapsed.TotalSeconds,10:0}{cpuPerTurn,13:0.000}{allocPerTurn,15:0.0}"));
    }

    /// <summary>What BotAdapter and QuestionRecorder ask of storage in one answered turn.</summary>
    private static async Task TurnAsync(string conversation, int turn, IConversationStateStore store, IQuestionLog log, IdentityHasher hasher)
    {
        var state = await store.LoadAsync("bench", conversation, CancellationToken.None);
        var question = $"how do I get my bus pass renewed, question {turn}";
        var id = await log.AddAsync(new QuestionLogEntry
        {
            At = DateTimeOffset.UtcNow,
            Channel = "bench",
            ConversationHash = await hasher.HashAsync("bench\n" + conversation, CancellationToken.None),
            UserHash = await hasher.HashAsync("bench\nuser", CancellationToken.None),
            Question = question,
            Kind = "answer",
            Sources = "leaving-care.md#bus-pass;leaving-care.md#travel",
            Confidence = 0.8,
            Topic = "money",
        }, CancellationToken.None);
        state.SafeguardingFlagged = true;
        state.LastAnswer = new LastAnswer { PassageIds = ["leaving-care.md#bus-pass"], SentencesShown = 2, QuestionLogId = id };
        await store.SaveAsync("bench", conversation, state, CancellationToken.None);
    }
}
