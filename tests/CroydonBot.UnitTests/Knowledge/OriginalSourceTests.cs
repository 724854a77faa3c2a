using CroydonBot.Configuration;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class OriginalSourceTests
{
    [Fact]
    public void AManifestSourceLineGivesItsNameAddressAndDate() =>
        Assert.Equal(
            new OriginalSource("Shout, FAQ", "https://giveusashout.org/about-us/faq", "4 Nov 2024"),
            OriginalSource.Parse("Shout, FAQ \u2014 https://giveusashout.org/about-us/faq (4 Nov 2024)"));

    [Fact]
    public void AnUndatedSourceHasNoDate() =>
        Assert.Null(OriginalSource.Parse("TfL, photocard \u2014 https://tfl.gov.uk/x (undated)").DateLabel);

    [Theory]
    [InlineData("Croydon Conservatives, monitoring visit news \u2014 croydonconservatives.com/news.asp?StoryNo=1645 (13 May 2018)")]
    [InlineData("Croydon Council news, Ofsted confirms progress \u2014 no public address known; seed file 004.txt (26 Oct 2018)")]
    public void ASourceWithoutAWebAddressGetsNoLink(string line) =>
        Assert.Null(OriginalSource.Parse(line).Url);

    [Fact]
    public void EverySourceLineOfTheRealManifestParses()
    {
        var manifest = YamlFile.Read<SeedManifest>(Path.Combine(SeedPaths.Folder, SeedLoader.ManifestFile));
        var sources = manifest.Documents.SelectMany(d => d.Sources).Select(OriginalSource.Parse).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
        Assert.True(sources.Count(s => s.Url is not null) > sources.Count / 2);
    }
}
