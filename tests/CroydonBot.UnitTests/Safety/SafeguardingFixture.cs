using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Safety;
using CroydonBot.Safety.Learned;

namespace CroydonBot.UnitTests.Safety;

/// <summary>The real data file and detector, read once, and the phrasing sets beside the tests.</summary>
public static class SafeguardingFixture
{
    public static SafeguardingData Data { get; } = YamlFile.Read<SafeguardingData>(RepositoryPaths.Combine("dialogs", SafeguardingData.File));

    /// <summary>Real English words (seeds/english-words.list), which the bot reads disguised words with.</summary>
    public static EnglishWords English { get; } = EnglishWords.Read(RepositoryPaths.Combine("seeds"));

    public static SafeguardingDetector Detector { get; } = new(Data, English);

    /// <summary>The learned layer, from the model file in the repository.</summary>
    public static SafeguardingClassifier Classifier { get; } = new(RepositoryPaths.Combine("dialogs", SafeguardingClassifier.File));

    /// <summary>Both layers with the default thresholds.</summary>
    public static LayeredSafeguardingCheck Check { get; } = new(Detector, Classifier, Data, Microsoft.Extensions.Options.Options.Create(new SafeguardingOptions()), English);

    public static IReadOnlyList<string> Phrasings(string file) =>
        [.. File.ReadAllLines(RepositoryPaths.Combine("tests", "CroydonBot.UnitTests", "Safety", "Data", file))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
