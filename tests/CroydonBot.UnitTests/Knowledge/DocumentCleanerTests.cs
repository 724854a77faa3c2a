using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Text;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class DocumentCleanerTests
{
    private static readonly DocumentCleaner Cleaner = new(YamlFile.Read<CleaningRules>(Path.Combine(SeedPaths.Folder, CleaningRules.File)));

    [Theory]
    [InlineData("000_df19832b09c73809.txt", "Filter jobs")]
    [InlineData("000_df19832b09c73809.txt", "Starting salary")]
    [InlineData("002_45da9b65182aba53.txt", "Leave a Reply")]
    [InlineData("002_45da9b65182aba53.txt", "reCAPTCHA")]
    [InlineData("002_45da9b65182aba53.txt", "Pictured top")]
    [InlineData("003_fbb5e5747c958e87.txt", "Help downloading files")]
    [InlineData("004_7e141e853ed20314.txt", "Recent news")]
    public void PageFurnitureIsRemovedFromTheSeedDocuments(string file, string furniture)
    {
        var raw = File.ReadAllText(Path.Combine(SeedPaths.Folder, file));
        Assert.Contains(furniture, raw);

        var cleaned = Cleaner.Clean(raw);

        Assert.DoesNotContain(furniture, cleaned);
    }

    [Fact]
    public void ContentAroundTheFurnitureIsKept()
    {
        var raw = File.ReadAllText(Path.Combine(SeedPaths.Folder, "002_45da9b65182aba53.txt"));

        var cleaned = Cleaner.Clean(raw);

        Assert.Contains("particularly pleased that Ofsted recognised our young ambassadors", cleaned);
    }

    [Fact]
    public void CurlyQuotesAndNonBreakingSpacesBecomePlain()
    {
        Assert.Equal("Croydon's 'Good' rating", PlainText.Of("Croydon\u2019s \u2018Good\u2019\u00A0rating"));
    }
}
