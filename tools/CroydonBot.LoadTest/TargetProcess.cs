using System.Diagnostics;
using System.Globalization;

namespace CroydonBot.LoadTest;

/// <summary>
/// A bot the harness starts as a process of its own on a loopback port, so its memory is its own: the
/// resident set is sampled while it runs and the kernel's high-water mark (VmHWM) read at the end.
/// </summary>
public sealed class TargetProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _sinceLaunch;
    private readonly Timer _sampler;
    private long _peakSampledBytes;

    private TargetProcess(Process process, Stopwatch sinceLaunch, Uri baseAddress)
    {
        _process = process;
        _sinceLaunch = sinceLaunch;
        BaseAddress = baseAddress;
        _sampler = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    public Uri BaseAddress { get; }
    public int Id => _process.Id;

    /// <summary>Time from launching the process to the end of the first successful expectReplies turn.</summary>
    public TimeSpan StartToFirstAnswer { get; private set; }

    /// <summary>Current resident set (RSS) in bytes.</summary>
    public long ResidentBytes => ReadStatus("VmRSS:");

    /// <summary>The highest resident set the process has had, from the kernel (VmHWM), or the highest sample.</summary>
    public long PeakResidentBytes => Math.Max(ReadStatus("VmHWM:"), _peakSampledBytes);

    /// <summary>
    /// CPU time the process has used (user + system, from /proc/PID/stat). Per turn, it is the cost of a turn
    /// whatever else the machine is doing, unlike turns/s on a shared machine.
    /// </summary>
    public TimeSpan CpuTime
    {
        get
        {
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            // Fields after the command name, which is in parentheses and may hold spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
    }

    /// <summary>CPU time the process used during the load, set by the caller.</summary>
    public TimeSpan LoadCpuTime { get; set; }

    /// <summary>Launches the process and waits until it answers a real question with expectReplies.</summary>
    public static async Task<TargetProcess> StartAsync(string name, ProcessStartInfo start, int port, HttpClient http, string firstQuestion)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}");
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.WriteLine($"  [{name}] {line}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.WriteLine($"  [{name}] {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var target = new TargetProcess(process, clock, new Uri($"http://127.0.0.1:{port}/"));
        var deadline = TimeSpan.FromSeconds(60);
        while (clock.Elapsed < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} before answering");
            }
            try
            {
                var result = await Turn.SendAsync(http, target.BaseAddress, MessageBody.Create("first-answer", "first-user", firstQuestion, 0), CancellationToken.None);
                if (result.Ok)
                {
                    target.StartToFirstAnswer = clock.Elapsed;
                    return target;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10);
        }
        await target.DisposeAsync();
        throw new TimeoutException($"{name} did not answer within {deadline.TotalSeconds} s");
    }

    private void Sample()
    {
        try
        {
            var rss = ReadStatus("VmRSS:");
            if (rss > Interlocked.Read(ref _peakSampledBytes))
            {
                Interlocked.Exchange(ref _peakSampledBytes, rss);
            }
        }
        catch (IOException)
        {
            // The process has gone.
        }
    }

    private long ReadStatus(string key)
    {
        var path = $"/proc/{_process.Id}/status";
        if (!File.Exists(path))
        {
            return 0;
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                var kb = line[key.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _sampler.DisposeAsync();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _ = _sinceLaunch;
    }
}
