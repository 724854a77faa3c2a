using CroydonBot.Configuration;
using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>The real data file and detector, read once, and the phrasing sets beside the tests.</summary>
public static class SafeguardingFixture
{
    public static SafeguardingData Data { get; } = YamlFile.Read<SafeguardingData>(RepositoryPaths.Combine("dialogs", SafeguardingData.File));

    public static SafeguardingDetector Detector { get; } = new(Data);

    public static IReadOnlyList<string> Phrasings(string file) =>
        [.. File.ReadAllLines(RepositoryPaths.Combine("tests", "CroydonBot.UnitTests", "Safety", "Data", file))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
