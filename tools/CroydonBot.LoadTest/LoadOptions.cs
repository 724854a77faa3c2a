using System.Globalization;

namespace CroydonBot.LoadTest;

/// <summary>The command line: what to start or target, how hard to drive it and for how long.</summary>
public sealed class LoadOptions
{
    public int Conversations { get; private set; } = 64;
    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(15);
    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(3);

    /// <summary>Stop after this many turns instead of after <see cref="Duration"/> (0: use the duration).</summary>
    public int MaxTurns { get; private set; }

    /// <summary>An already running bot to drive; null starts our own from <see cref="BotDll"/>.</summary>
    public Uri? Url { get; private set; }

    /// <summary>With <see cref="Url"/>: the bot's SQLite file, to check the question log.</summary>
    public string? Database { get; private set; }

    public string BotDll { get; private set; } = "";

    /// <summary>One question a line ('#' starts a comment); the default is questions.txt beside the program.</summary>
    public string Questions { get; private set; } = Path.Combine(AppContext.BaseDirectory, "questions.txt");
    public string PeerFolder { get; private set; } = "";
    public bool Peer { get; private set; } = true;

    /// <summary>Also drive the bot's embedded Direct Line (/v3/directline) with the same conversations.</summary>
    public bool DirectLine { get; private set; } = true;
    public int BotPort { get; private set; } = 39780;
    public int PeerPort { get; private set; } = 39781;

    /// <summary>Settings passed to the bot ("Section:Key=value"), on top of the harness's own.</summary>
    public List<string> BotSettings { get; } = [];

    /// <summary>Environment variables for the bot's process alone ("NAME=value"), e.g. a runtime knob such as
    /// DOTNET_ReadyToRun that has no runtimeconfig setting: set for the whole harness it would change the load
    /// generator too, which shares the bot's cores.</summary>
    public List<string> BotEnvironment { get; } = [];

    public static LoadOptions Parse(string[] args)
    {
        var repo = RepoRoot();
        var options = new LoadOptions
        {
            BotDll = Path.Combine(repo, "src", "CroydonBot", "bin", "Release", "net10.0", "CroydonBot.dll"),
            PeerFolder = Path.Combine(repo, "tools", "peer-echo-bot"),
        };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--conversations": options.Conversations = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--duration": options.Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--warmup": options.Warmup = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--turns": options.MaxTurns = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--url": options.Url = new Uri(Next().TrimEnd('/') + "/"); break;
                case "--database": options.Database = Next(); break;
                case "--questions": options.Questions = Path.GetFullPath(Next()); break;
                case "--bot-dll": options.BotDll = Path.GetFullPath(Next()); break;
                case "--peer-folder": options.PeerFolder = Path.GetFullPath(Next()); break;
                case "--no-peer": options.Peer = false; break;
                case "--no-directline": options.DirectLine = false; break;
                case "--bot-port": options.BotPort = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--peer-port": options.PeerPort = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--bot-setting": options.BotSettings.Add(Next()); break;
                case "--bot-env": options.BotEnvironment.Add(Next()); break;
                default: throw new ArgumentException($"Unknown option {args[i]}. See docs/performance.md.");
            }
        }
        return options;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CroydonBot.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
