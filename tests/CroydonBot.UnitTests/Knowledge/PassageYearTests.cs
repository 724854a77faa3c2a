using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Round AS (perf-as): the year a passage speaks from, read with a source-generated pattern.</summary>
public sealed class PassageYearTests
{
    private static readonly ManifestEntry Report = new() { File = "report.txt", Title = "Report", Kind = "report", Date = new DateOnly(2019, 3, 1), DateLabel = "March 2019" };

    [Theory]
    [InlineData("September 2017", "2017")]
    [InlineData("1998 to 2001", "1998")]
    [InlineData("spring term", "2019")] // no year in the label: the document's date
    [InlineData("ref 120175", "2019")] // digits inside a longer number are no year
    public void TheYearIsTheLabelsFirstYearElseTheDocumentsDate(string label, string year) =>
        Assert.Equal(year, new Passage { Id = "report.txt#0", Document = Report, Text = "", DatedLabel = label }.Year);

    [Fact]
    public void APassageWithoutALabelOfItsOwnSpeaksFromItsDocumentsLabel() =>
        Assert.Equal("2019", new Passage { Id = "report.txt#0", Document = Report, Text = "" }.Year);
}
