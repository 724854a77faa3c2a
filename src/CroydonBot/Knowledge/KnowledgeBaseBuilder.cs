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

    public static KnowledgeIndex Build(string seedsFolder, string? indexFolder, IEnumerable<IPassageQuestionSource>? extraQuestions = null) =>
        KnowledgeIndex.Build(WithExtraQuestions(LoadPassages(seedsFolder), extraQuestions ?? []), new TermAnalyzer(), indexFolder);

    /// <summary>Adds each source's questions to the passage they name, so they are searched like the guide's own.</summary>
    public static IReadOnlyList<Passage> WithExtraQuestions(IReadOnlyList<Passage> passages, IEnumerable<IPassageQuestionSource> sources)
    {
        var extra = sources.SelectMany(s => s.Load()).ToLookup(q => q.PassageId, q => q.Question, StringComparer.Ordinal);
        return extra.Count == 0 ? passages : [.. passages.Select(p => extra.Contains(p.Id)
            ? p with { Questions = [.. p.Questions, .. extra[p.Id].Except(p.Questions, StringComparer.OrdinalIgnoreCase)] }
            : p)];
    }
}
