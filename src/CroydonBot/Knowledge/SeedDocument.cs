namespace CroydonBot.Knowledge;

/// <summary>A knowledge document's text with its manifest entry.</summary>
public sealed record SeedDocument(ManifestEntry Entry, string Text)
{
    public bool IsGuide => Entry.File.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
