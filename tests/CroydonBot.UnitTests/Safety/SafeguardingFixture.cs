using CroydonBot.Configuration;
using CroydonBot.Safety;
using CroydonBot.Safety.Learned;

namespace CroydonBot.UnitTests.Safety;

/// <summary>The real data file and detector, read once, and the phrasing sets beside the tests.</summary>
public static class SafeguardingFixture
{
    public static SafeguardingData Data { get; } = YamlFile.Read<SafeguardingData>(RepositoryPaths.Combine("dialogs", SafeguardingData.File));

    public static SafeguardingDetector Detector { get; } = new(Data);

    /// <summary>The learned layer, from the model file in the repository.</summary>
    public static SafeguardingClassifier Classifier { get; } = new(RepositoryPaths.Combine("dialogs", SafeguardingClassifier.File));

    /// <summary>Both layers with the default thresholds.</summary>
    public static LayeredSafeguardingCheck Check { get; } = new(Detector, Classifier, Data, Microsoft.Extensions.Options.Options.Create(new SafeguardingOptions()));

    public static IReadOnlyList<string> Phrasings(string file) =>
        [.. File.ReadAllLines(RepositoryPaths.Combine("tests", "CroydonBot.UnitTests", "Safety", "Data", file))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
