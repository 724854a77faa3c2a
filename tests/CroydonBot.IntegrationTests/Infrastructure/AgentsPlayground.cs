using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, installed in tools/web by
/// scripts/test-deps.sh) started against a bot. It runs in a temporary folder because it writes ./devTools,
/// never opens a browser of its own (TEAMSAPPTESTER_BROWSER=none), and is killed with its children on dispose.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AgentsPlayground(Process process, int port, string workingDirectory)
    {
        _process = process;
        Port = port;
        WorkingDirectory = workingDirectory;
    }

    public int Port { get; }
    public string WorkingDirectory { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>What the Playground printed and logged, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                var log = Path.Combine(WorkingDirectory, "devTools", "m365agentsplayground.log");
                var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(40).Select(l => l.Length > 400 ? l[..400] + "…" : l)) : "(no log file)";
                return _output + "\n--- devTools log (last lines) ---\n" + tail;
            }
        }
    }

    /// <summary>The CLI's entry point, or null when the npm package is not installed.</summary>
    public static string? FindCli()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var cli = Path.Combine(dir.FullName, "tools", "web", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
            if (File.Exists(cli))
            {
                return cli;
            }
        }
        return null;
    }

    /// <summary>Starts the Playground against <paramref name="botEndpoint"/> and waits until it listens.</summary>
    /// <param name="deliveryMode">Null for normal replies through the Playground's connector, or "expectReplies".</param>
    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint, string channelId = "msteams", string? deliveryMode = null, TimeSpan? timeout = null)
    {
        var cli = FindCli() ?? throw new InvalidOperationException(
            "The Agents Playground is not installed: run scripts/test-deps.sh (npm install in tools/web).");
        var port = FreePort();
        var workingDirectory = Directory.CreateTempSubdirectory("croydonbot-playground-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cli, "-e", botEndpoint.AbsoluteUri, "-c", channelId, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry" })
        {
            start.ArgumentList.Add(arg);
        }
        if (deliveryMode is not null)
        {
            start.ArgumentList.Add("--delivery-mode");
            start.ArgumentList.Add(deliveryMode);
        }
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var playground = new AgentsPlayground(process, port, workingDirectory);
        process.OutputDataReceived += (_, e) => playground.Append(e.Data);
        process.ErrorDataReceived += (_, e) => playground.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                var output = playground.Output;
                await playground.DisposeAsync();
                throw new InvalidOperationException($"The Agents Playground exited with code {process.ExitCode}:\n{output}");
            }
            try
            {
                using var response = await http.GetAsync(playground.Address);
                if (response.IsSuccessStatusCode)
                {
                    return playground;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer while it starts.
            }
            await Task.Delay(250);
        }
        var late = playground.Output;
        await playground.DisposeAsync();
        throw new TimeoutException($"The Agents Playground did not answer on port {port}:\n{late}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or it would not die: nothing more a test can do.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still open; the temp folder is cleaned by the OS eventually.
        }
    }
}
