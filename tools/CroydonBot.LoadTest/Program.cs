using System.Diagnostics;
using System.Globalization;
using System.Net;
using CroydonBot.LoadTest;

// Load test over real HTTP on loopback: starts CroydonBot (release build, its own SQLite file) as a separate
// process, or drives --url; then the Bot Framework JavaScript SDK echo bot the same way; prints the figures,
// the ratio, and checks the question log. Exit code 0 only when there were no errors and nothing was lost.
var options = LoadOptions.Parse(args);
var questions = File.ReadAllLines(options.Questions)
    .Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

using var http = new HttpClient(new SocketsHttpHandler
{
    // One connection per conversation, kept open, as a channel's HTTP client would.
    MaxConnectionsPerServer = options.Conversations + 4,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
    AutomaticDecompression = DecompressionMethods.None,
})
{ Timeout = TimeSpan.FromSeconds(30) };

Console.WriteLine($"load test: {options.Conversations} conversations, " +
    (options.MaxTurns > 0 ? $"{options.MaxTurns} turns" : $"{options.Warmup.TotalSeconds:F0} s warm-up + {options.Duration.TotalSeconds:F0} s") +
    $", {questions.Length} questions; machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");

var passed = true;
LoadResult ours;
if (options.Url is { } url)
{
    ours = await LoadRun.RunAsync($"CroydonBot at {url}", http, url, questions, options);
    ours.Print(Console.Out, null);
    if (options.Database is { } database)
    {
        passed &= QuestionLogCheck.Run(database, ours, null, Console.Out);
    }
}
else
{
    var database = Path.Combine(Path.GetTempPath(), $"croydonbot-load-{Guid.NewGuid():N}.db");
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(options.BotDll)! };
    foreach (var arg in (string[])[options.BotDll, $"--urls=http://127.0.0.1:{options.BotPort}", $"--Storage:SqlitePath={database}",
        "--Logging:LogLevel:Default=Warning", $"--DirectLine:Secret={DirectLineRun.Secret}",
        // Safety's rate limits would (rightly) throttle one loopback address sending thousands of turns a second.
        "--RateLimits:PerConversationPerMinute=1000000", "--RateLimits:PerAddressPerMinute=1000000000",
        // The load test posts unauthenticated expectReplies turns, as a local developer's channel would: anonymous
        // mode is opted into here (Production refuses it by default), and the Direct Line run's token requests too.
        "--Channels:AllowAnonymous=true", "--RateLimits:TokensPerAddressPerMinute=1000000",
        .. options.BotSettings.Select(s => "--" + s)])
    {
        start.ArgumentList.Add(arg);
    }
    start.Environment["DOTNET_ENVIRONMENT"] = "Production";
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    foreach (var variable in options.BotEnvironment)
    {
        var equals = variable.IndexOf('=');
        if (equals <= 0)
        {
            throw new ArgumentException($"--bot-env needs NAME=value, not '{variable}'");
        }
        start.Environment[variable[..equals]] = variable[(equals + 1)..];
    }
    await using (var bot = await TargetProcess.StartAsync("croydonbot", start, options.BotPort, http, questions[0]))
    {
        var cpu = bot.CpuTime;
        ours = await LoadRun.RunAsync("CroydonBot (knowledge answers, SQLite log and state)", http, bot.BaseAddress, questions, options);
        bot.LoadCpuTime = bot.CpuTime - cpu;
        ours.Print(Console.Out, bot);
        passed &= QuestionLogCheck.Run(database, ours, null, Console.Out);
        if (options.DirectLine)
        {
            cpu = bot.CpuTime;
            var directLine = await DirectLineRun.RunAsync(http, bot.BaseAddress, questions, options);
            bot.LoadCpuTime = bot.CpuTime - cpu;
            directLine.Print(Console.Out, bot);
            passed &= QuestionLogCheck.Run(database, directLine, null, Console.Out) && directLine.Errors == 0;
        }
    }
    foreach (var file in (string[])[database, database + "-wal", database + "-shm"])
    {
        File.Delete(file);
    }
}
passed &= ours.Errors == 0;

if (options.Peer)
{
    if (!File.Exists(Path.Combine(options.PeerFolder, "node_modules", "botbuilder", "package.json")))
    {
        Console.WriteLine($"peer: run `npm ci --prefix {options.PeerFolder}` first (or pass --no-peer)");
        return 2;
    }
    var start = new ProcessStartInfo("node", [Path.Combine(options.PeerFolder, "index.js")]) { WorkingDirectory = options.PeerFolder };
    start.Environment["PORT"] = options.PeerPort.ToString(CultureInfo.InvariantCulture);
    start.Environment["NODE_ENV"] = "production";
    await using var peer = await TargetProcess.StartAsync("peer", start, options.PeerPort, http, questions[0]);
    var peerCpu = peer.CpuTime;
    var theirs = await LoadRun.RunAsync("Peer: botbuilder 4.23 CloudAdapter + express echo bot (Node " + NodeVersion() + ")", http, peer.BaseAddress, questions, options);
    peer.LoadCpuTime = peer.CpuTime - peerCpu;
    theirs.Print(Console.Out, peer);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"== ratio: CroydonBot {ours.TurnsPerSecond:F0} turns/s / peer {theirs.TurnsPerSecond:F0} turns/s = {ours.TurnsPerSecond / theirs.TurnsPerSecond:F2}x"));
}
Console.WriteLine($"load average after the run: {LoadAverage()}");
return passed ? 0 : 1;

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string NodeVersion()
{
    using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true });
    return node!.StandardOutput.ReadToEnd().Trim();
}
