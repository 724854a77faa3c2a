using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class SeedLoaderTests
{
    [Fact]
    public void EveryRealSeedDocumentHasAManifestEntry()
    {
        var documents = SeedLoader.Load(SeedPaths.Folder);

        Assert.Contains(documents, d => d.Entry.File == "000_df19832b09c73809.txt");
        Assert.All(documents, d => Assert.False(string.IsNullOrWhiteSpace(d.Entry.DateLabel)));
    }

    [Fact]
    public void ADocumentWithoutAManifestEntryIsAStartUpErrorNamingTheFile()
    {
        var folder = CopyOfSeeds();
        File.WriteAllText(Path.Combine(folder, "unlisted-notes.txt"), "Some text.");

        var error = Assert.Throws<InvalidDataException>(() => SeedLoader.Load(folder));

        Assert.Contains("unlisted-notes.txt", error.Message);
    }

    [Fact]
    public void AManifestEntryWithoutItsFileIsAStartUpError()
    {
        var folder = CopyOfSeeds();
        File.Delete(Path.Combine(folder, "004_7e141e853ed20314.txt"));

        var error = Assert.Throws<InvalidDataException>(() => SeedLoader.Load(folder));

        Assert.Contains("004_7e141e853ed20314.txt", error.Message);
    }

    private static string CopyOfSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("seeds-").FullName;
        foreach (var file in Directory.EnumerateFiles(SeedPaths.Folder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return folder;
    }
}
