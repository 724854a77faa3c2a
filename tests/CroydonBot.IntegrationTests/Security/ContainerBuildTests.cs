using System.Diagnostics;
using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>Finding 8: the Dockerfile builds, and the image runs as a non-root user and serves on 8080.</summary>
public sealed class ContainerBuildTests
{
    private static async Task<(int Code, string Output)> DockerAsync(string arguments, TimeSpan timeout)
    {
        using var docker = Process.Start(new ProcessStartInfo("docker", arguments)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = docker.StandardOutput.ReadToEndAsync();
        var error = docker.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await docker.WaitForExitAsync(cancel.Token);
        return (docker.ExitCode, await output + await error);
    }

    [DockerFact]
    public async Task TheImageBuildsRunsAsNonRootAndAnswersItsHealthCheck()
    {
        var tag = "croydonbot-test:" + Guid.NewGuid().ToString("N")[..12];
        var (built, log) = await DockerAsync($"build -t {tag} .", TimeSpan.FromMinutes(20));
        Assert.True(built == 0, log);
        try
        {
            var (_, user) = await DockerAsync($"run --rm --entrypoint id {tag} -u", TimeSpan.FromMinutes(1));
            Assert.NotEqual("0", user.Trim());

            var port = AppProcess.FreePort();
            var (started, container) = await DockerAsync($"run -d -p 127.0.0.1:{port}:8080 {tag}", TimeSpan.FromMinutes(1));
            Assert.True(started == 0, container);
            try
            {
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
                var healthy = false;
                for (var attempt = 0; attempt < 150 && !healthy; attempt++)
                {
                    try
                    {
                        using var response = await client.GetAsync($"http://127.0.0.1:{port}/readyz");
                        healthy = response.IsSuccessStatusCode;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        // Not listening yet.
                    }
                    if (!healthy)
                    {
                        await Task.Delay(200);
                    }
                }
                Assert.True(healthy, "The container did not answer /readyz on port 8080.");
            }
            finally
            {
                await DockerAsync($"rm -f {container.Trim()}", TimeSpan.FromMinutes(1));
            }
        }
        finally
        {
            await DockerAsync($"rmi -f {tag}", TimeSpan.FromMinutes(1));
        }
    }
}
