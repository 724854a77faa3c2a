using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CroydonBot.UnitTests.AppPackage;

/// <summary>appPackage/ and scripts/build-teams-package.sh give Teams a package it accepts (manifest schema v1.22).</summary>
public sealed class TeamsAppPackageTests
{
    private const string AppId = "7b3f4a52-0c1d-4e8f-9a6b-5d2c1e0f9a31";
    private static string Folder => Path.Combine(RepositoryRoot.Path, "appPackage");

    private static JsonElement Manifest() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json"))).RootElement;

    [Fact]
    public void ManifestHasTheFieldsTeamsRequires()
    {
        var m = Manifest();

        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json", m.GetProperty("$schema").GetString());
        Assert.Equal("1.22", m.GetProperty("manifestVersion").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", m.GetProperty("version").GetString());
        Assert.Equal("{{MicrosoftAppId}}", m.GetProperty("id").GetString());
        foreach (var field in new[] { "name", "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("developer").GetProperty(field).GetString()), $"developer.{field} is empty");
        }
        Assert.InRange(m.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(m.GetProperty("name").GetProperty("full").GetString()!.Length, 1, 100);
        Assert.InRange(m.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(m.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.Equal("color.png", m.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", m.GetProperty("icons").GetProperty("outline").GetString());
        Assert.Matches("^#[0-9A-Fa-f]{6}$", m.GetProperty("accentColor").GetString());
    }

    [Fact]
    public void BotIsPersonalScopeWithHelpAndFeedbackCommands()
    {
        var bot = Assert.Single(Manifest().GetProperty("bots").EnumerateArray());

        Assert.Equal("{{MicrosoftAppId}}", bot.GetProperty("botId").GetString());
        Assert.Equal(["personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var commands = Assert.Single(bot.GetProperty("commandLists").EnumerateArray()).GetProperty("commands").EnumerateArray().ToList();
        Assert.Equal(["help", "feedback"], commands.Select(c => c.GetProperty("title").GetString()));
        Assert.All(commands, c =>
        {
            Assert.InRange(c.GetProperty("title").GetString()!.Length, 1, 32);
            Assert.InRange(c.GetProperty("description").GetString()!.Length, 1, 128);
        });
    }

    [Fact]
    public void ColourIconIs192PixelsSquare()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(Folder, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIconIs32PixelsSquareWhiteOnTransparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(Folder, "outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColourType);
        Assert.Equal(0, icon.Pixel(0, 0).A);
        var visible = Enumerable.Range(0, 32 * 32).Select(i => icon.Pixel(i % 32, i / 32)).Where(p => p.A > 0).ToList();
        Assert.NotEmpty(visible);
        Assert.All(visible, p => Assert.True(p is { R: 255, G: 255, B: 255 }, $"Outline pixel {p} is not white."));
    }

    [Fact]
    public async Task BuildScriptZipsTheFilledManifestAndBothIcons()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"croydonbot-teams-{Guid.NewGuid():N}.zip");
        try
        {
            var (exitCode, output) = await RunAsync("bash", "scripts/build-teams-package.sh", AppId, "https://bot.example.org", zip);
            Assert.True(exitCode == 0, "The package script failed: " + output);

            using var archive = ZipFile.OpenRead(zip);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
            using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
            var text = await reader.ReadToEndAsync();
            Assert.DoesNotMatch(new Regex(@"\{\{\w+\}\}"), text);
            var manifest = JsonDocument.Parse(text).RootElement;
            Assert.Equal(AppId, manifest.GetProperty("id").GetString());
            Assert.Equal(AppId, manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
            Assert.Equal("https://bot.example.org/privacy", manifest.GetProperty("developer").GetProperty("privacyUrl").GetString());
            Assert.Equal(["bot.example.org"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Fact]
    public async Task BuildScriptRefusesAnAppIdThatIsNotAGuid()
    {
        var (exitCode, output) = await RunAsync("bash", "scripts/build-teams-package.sh", "not-a-guid", "https://bot.example.org", Path.Combine(Path.GetTempPath(), "never.zip"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("GUID", output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
