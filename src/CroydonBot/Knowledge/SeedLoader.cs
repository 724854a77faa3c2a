using CroydonBot.Configuration;

namespace CroydonBot.Knowledge;

/// <summary>
/// Loads the knowledge documents from seeds/. Every .txt and .md document must have a manifest entry and
/// every entry a file: a mismatch stops start-up with a message naming the file, because an answer
/// without a known source and date must never be given.
/// </summary>
public static class SeedLoader
{
    public const string ManifestFile = "manifest.yaml";

    public static IReadOnlyList<SeedDocument> Load(string seedsFolder)
    {
        var manifest = YamlFile.Read<SeedManifest>(Path.Combine(seedsFolder, ManifestFile));
        var entries = manifest.Documents.ToDictionary(d => d.File, StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(seedsFolder)
            .Where(IsDocument)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

        var unlisted = files.Where(f => !entries.ContainsKey(f)).ToList();
        if (unlisted.Count > 0)
        {
            throw new InvalidDataException($"These documents in {seedsFolder} have no entry in {ManifestFile}: {string.Join(", ", unlisted)}");
        }
        var missing = manifest.Documents.Where(d => !files.Contains(d.File)).Select(d => d.File).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{ManifestFile} lists documents that are not in {seedsFolder}: {string.Join(", ", missing)}");
        }
        foreach (var entry in manifest.Documents)
        {
            Validate(entry);
        }
        return [.. files.Select(f => new SeedDocument(entries[f], File.ReadAllText(Path.Combine(seedsFolder, f))))];
    }

    /// <summary>Knowledge documents are .txt sources and .md guides; READMEs and data files are not.</summary>
    public static bool IsDocument(string path)
    {
        var name = Path.GetFileName(path);
        var ext = Path.GetExtension(path);
        return (ext.Equals(".txt", StringComparison.OrdinalIgnoreCase) || ext.Equals(".md", StringComparison.OrdinalIgnoreCase))
            && !name.StartsWith("README", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith("SOURCES", StringComparison.OrdinalIgnoreCase);
    }

    private static void Validate(ManifestEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Title) || string.IsNullOrWhiteSpace(entry.Publisher) || string.IsNullOrWhiteSpace(entry.DateLabel) || entry.Date == default)
        {
            throw new InvalidDataException($"The manifest entry for {entry.File} needs a title, publisher, date and dateLabel.");
        }
        if (entry.Kind is not ("news" or "minutes" or "faq" or "guide"))
        {
            throw new InvalidDataException($"The manifest entry for {entry.File} has kind '{entry.Kind}'; use news, minutes, faq or guide.");
        }
    }
}
