using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real app as its own process (`dotnet CroydonBot.dll` from the test's output folder), for what only a
/// process can show: where it listens, given the environment variables a host sets. Killed on dispose.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _database;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, string database)
    {
        _process = process;
        _database = database;
    }

    /// <summary>The SQLite file the process stores into.</summary>
    public string DatabasePath => _database;

    /// <summary>Everything the process has written to stdout and stderr so far (its console log).</summary>
    public string Output => string.Join('\n', _output);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the app with exactly these hosting variables (any inherited ASP.NET Core ones removed).</summary>
    public static AppProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var database = Path.Combine(Path.GetTempPath(), $"croydonbot-process-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CroydonBot.dll"));
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_URLS", StringComparison.OrdinalIgnoreCase) || k == "PORT").ToList())
        {
            start.Environment.Remove(key);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__SqlitePath"] = database;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start)!;
        var app = new AppProcess(process, database);
        process.OutputDataReceived += (_, line) => app.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => app.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    private const int StartPatienceSeconds = 240;

    /// <summary>Waits until GET /healthz at <paramref name="baseAddress"/> answers 200; false if the process exits or <see cref="StartPatienceSeconds"/> pass.</summary>
    public async Task<bool> AnswersAtAsync(string baseAddress)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // A patience, not a speed check: a cold start builds the Lucene index and reads the safety and ranking data, which on a
        // loaded 2-core machine (a full test run beside other builds) has taken over a minute; a healthy start answers far sooner.
        var deadline = DateTime.UtcNow.AddSeconds(StartPatienceSeconds);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(baseAddress.TrimEnd('/') + "/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        return false;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
