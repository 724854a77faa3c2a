using System.Diagnostics;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// A test that needs a working Docker (client and daemon). Where there is none it is skipped, and the
/// skip reason says so, so a green run never hides that the container was not checked.
/// </summary>
public sealed class DockerFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Unavailable = new(WhyUnavailable);

    public DockerFactAttribute()
    {
        if (Unavailable.Value is { } reason)
        {
            Skip = "Docker is not available here, so the container build was not checked: " + reason;
        }
    }

    private static string? WhyUnavailable()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info --format {{.ServerVersion}}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            if (!docker.WaitForExit(15_000))
            {
                docker.Kill(entireProcessTree: true);
                return "`docker info` did not answer in 15 s.";
            }
            return docker.ExitCode == 0 ? null : "`docker info` failed (no daemon?).";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "no `docker` command.";
        }
    }
}
