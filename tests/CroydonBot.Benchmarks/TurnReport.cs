using System.Diagnostics;
using System.Globalization;
using CroydonBot.Bot;
using CroydonBot.Eval;
using CroydonBot.QuestionLog.Search;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.Benchmarks;

/// <summary>
/// Whole turns as the load test drives them, in process: the real app (every pipeline step, the SQLite question
/// log and conversation state), each conversation asking the load test's questions in order from its own start,
/// so follow-ups are read against the question before, with the recent-answers memory off
/// (<c>Knowledge:RecentAnswers=0</c>): every question worked out afresh. The turns of a round run one after
/// another on one thread, so the process's CPU per turn measures the work a turn costs and not the
/// contention of a busy machine; it counts the JIT's and the garbage collector's threads too.
/// With <c>--concurrent</c> each step asks all the conversations at once (64 turns in flight, as the load test
/// keeps them), so a garbage collection finds every in-flight turn's objects alive, as it does under load: the
/// cost a one-at-a-time run cannot show (docs/performance.md, "Round AP (perf-ap)").
/// </summary>
public static class TurnReport
{
    public static async Task RunAsync(int conversations, int rounds, IReadOnlyList<string> questions, IEnumerable<string> settings, bool concurrent = false)
    {
        var database = Path.Combine(Path.GetTempPath(), $"croydonbot-turns-{Guid.NewGuid():N}.db");
        var app = CroydonBotApp.Build(
        [
            $"--Storage:SqlitePath={database}", "--Logging:LogLevel:Default=Warning", "--Knowledge:RecentAnswers=0",
            $"--Content:SeedsPath={KnowledgeStack.Content.SeedsFolder}", $"--Content:DialogsPath={KnowledgeStack.Content.DialogsFolder}",
            .. settings.Select(s => "--" + s),
        ]);
        try
        {
            await app.InitialiseAsync();
            var console = new BotConsole(app.Services.GetRequiredService<BotAdapter>());
            // The app's background indexer does not run here (the host is not started): each round indexes its
            // questions for search itself, inside the measurement, so a turn's figures include that batch work.
            var searchIndex = app.Services.GetRequiredService<QuestionSearchIndex>();
            Console.WriteLine($"{"run",-10}{"turns",8}{"CPU ms/turn",13}{"alloc KB/turn",15}{"p50 ms",9}{"p99 ms",9}{"GCs 0/1/2",12}{"GC pause ms/turn",18}");
            await MeasureAsync("warm-up", console, conversations, questions, searchIndex, concurrent);
            using var allocations = new AllocationSampler();
            allocations.Start();
            for (var round = 1; round <= rounds; round++)
            {
                await MeasureAsync($"round {round}", console, conversations, questions, searchIndex, concurrent);
            }
            allocations.Stop();
            Console.WriteLine("Allocations by type (sampled about every 100 KB):");
            allocations.Print(Console.Out, 25);
        }
        finally
        {
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<double> AskTimedAsync(BotConsole console, IReadOnlyList<string> questions, int turn, int c, string name)
    {
        var question = questions[(c + turn) % questions.Count];
        var start = Stopwatch.GetTimestamp();
        var replies = await console.AskAsync(question, CancellationToken.None, $"{name}-{c}");
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return replies.Count > 0 ? elapsed : throw new InvalidOperationException($"No reply to \"{question}\"");
    }

    /// <summary>The load test's questions file, found above the binary's folder.</summary>
    public static string LoadTestQuestions()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "tools", "CroydonBot.LoadTest", "questions.txt");
            if (File.Exists(file))
            {
                return file;
            }
        }
        throw new FileNotFoundException("No tools/CroydonBot.LoadTest/questions.txt above " + AppContext.BaseDirectory);
    }

    private static async Task MeasureAsync(string name, BotConsole console, int conversations, IReadOnlyList<string> questions, QuestionSearchIndex searchIndex, bool concurrent)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var paused = GC.GetTotalPauseDuration();
        var samples = new List<double>(conversations * questions.Count);
        for (var turn = 0; turn < questions.Count; turn++)
        {
            if (concurrent)
            {
                var step = turn;
                var timed = await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(() => AskTimedAsync(console, questions, step, c, name))));
                samples.AddRange(timed);
                continue;
            }
            for (var c = 0; c < conversations; c++)
            {
                samples.Add(await AskTimedAsync(console, questions, turn, c, name));
            }
        }
        await searchIndex.CatchUpAsync(CancellationToken.None);
        process.Refresh();
        var cpuPerTurn = (process.TotalProcessorTime - cpu).TotalMilliseconds / samples.Count;
        var allocPerTurn = (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1024.0 / samples.Count;
        var gcs = string.Join('/', Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]));
        var pausePerTurn = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / samples.Count;
        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-10}{samples.Count,8}{cpuPerTurn,13:0.000}{allocPerTurn,15:0.0}{samples[samples.Count / 2],9:0.000}{samples[(int)(samples.Count * 0.99)],9:0.000}{gcs,12}{pausePerTurn,18:0.000}"));
    }
}
