using CroydonBot.Configuration;
using CroydonBot.Safety;
using CroydonBot.Safety.Learned;

namespace CroydonBot.Cli;

/// <summary>
/// <c>train-safeguarding</c>: retrains the learned safeguarding layer from data/safeguarding and writes
/// dialogs/safeguarding-model.zip. Deterministic: the same data gives the same model, byte for byte.
/// <c>train-safeguarding --by-batch</c> instead cross-validates by leaving each development batch out
/// (<see cref="SafeguardingCrossBatch"/>) and writes no model; <c>--by-batch M,N</c> leaves out only those batches.
/// <c>train-safeguarding --no-cv</c> writes the same model without the 5-fold figures first (one training instead of
/// six: on the shared 2-core machine that is minutes instead of twenty). <c>--without B,C --model PATH</c> trains
/// without those development batches and writes the model to PATH instead (a leave-one-batch-out model to run
/// <c>check-safety</c> with, through a copy of dialogs/ and <c>--Content:DialogsPath</c>; the shipped model is untouched).
/// </summary>
public static class TrainSafeguardingCommand
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "train-safeguarding";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = RepositoryRoot(Directory.GetCurrentDirectory()) ?? RepositoryRoot(AppContext.BaseDirectory);
        if (root is null)
        {
            error.WriteLine("Run this inside the repository (the folder with CroydonBot.sln): it reads data/safeguarding and writes dialogs/.");
            return 2;
        }
        var data = YamlFile.Read<SafeguardingData>(Path.Combine(root, "dialogs", SafeguardingData.File));
        // Round AQ (safe-aq): the English words too (a leet 1 read as l, a doubled letter undone), so the model trains on the
        // reading the bot gives a message at run time.
        var english = Knowledge.EnglishWords.Read(Path.Combine(root, "seeds"));
        var text = new SafeguardingText(data, english);
        var read = TrainingData.Read(Path.Combine(root, "data", "safeguarding"), root);
        var byBatch = Array.IndexOf(args, "--by-batch");
        if (byBatch >= 0)
        {
            var only = byBatch + 1 < args.Length && !args[byBatch + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[byBatch + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            return SafeguardingCrossBatch.Run(read, data, text.Undisguised, root, output, only, english);
        }
        var without = ValueAfter(args, "--without")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var examples = read.Where(e => e.Batch is null || !without.Contains(e.Batch))
            .Select(e => new ClassifierInput { Text = text.Undisguised(e.Text), Label = e.Crisis }).ToList();
        var modelPath = ValueAfter(args, "--model") ?? Path.Combine(root, "dialogs", SafeguardingClassifier.File);
        if (args.Contains("--no-cv"))
        {
            SafeguardingTrainer.FitToFile(examples, modelPath);
            output.WriteLine($"{examples.Count} examples, {examples.Count(e => e.Label)} crises; model saved: {modelPath} ({new FileInfo(modelPath).Length / 1024} KB)");
            return 0;
        }
        SafeguardingTrainer.Train(examples, modelPath, output);
        return 0;
    }

    private static string? ValueAfter(string[] args, string flag)
    {
        var at = Array.IndexOf(args, flag);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>The folder holding CroydonBot.sln at or above <paramref name="start"/>: both training commands read and write there.</summary>
    internal static string? RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "CroydonBot.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
