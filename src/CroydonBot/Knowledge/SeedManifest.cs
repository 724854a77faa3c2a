namespace CroydonBot.Knowledge;

/// <summary>seeds/manifest.yaml: one entry per knowledge document.</summary>
public sealed class SeedManifest
{
    public List<ManifestEntry> Documents { get; set; } = [];
}
