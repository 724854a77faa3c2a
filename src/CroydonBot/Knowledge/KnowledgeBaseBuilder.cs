using CroydonBot.Configuration;

namespace CroydonBot.Knowledge;

/// <summary>Reads seeds/, cleans and splits every document, and builds the index: the start-up path of the knowledge base.</summary>
public static class KnowledgeBaseBuilder
{
    public static IReadOnlyList<Passage> LoadPassages(string seedsFolder)
    {
        var cleaner = new DocumentCleaner(YamlFile.Read<CleaningRules>(Path.Combine(seedsFolder, CleaningRules.File)));
        return [.. SeedLoader.Load(seedsFolder).SelectMany(doc => doc.IsGuide
            ? GuidePassageSplitter.Split(doc.Entry, doc.Text)
            : TextPassageSplitter.Split(doc.Entry, cleaner.Clean(doc.Text)))];
    }

    public static KnowledgeIndex Build(string seedsFolder, string? indexFolder) =>
        KnowledgeIndex.Build(LoadPassages(seedsFolder), new TermAnalyzer(), indexFolder);
}
