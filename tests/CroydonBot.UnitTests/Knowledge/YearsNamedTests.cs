using System.Globalization;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Round AS (perf-as): the years an index's passages name, gathered once, answer as the scan over every passage did.</summary>
public sealed class YearsNamedTests
{
    private static readonly ManifestEntry Report = new() { File = "report.txt", Title = "Report", Kind = "report", Date = new DateOnly(2019, 3, 1) };

    private static readonly YearsNamed Named = new(
    [
        new Passage { Id = "report.txt#0", Document = Report, Heading = "Inspection 2012", Text = "In 2008 the service was rated inadequate." },
        new Passage { Id = "report.txt#1", Document = Report, Text = "Reference 120175 and 99 staff; 1,995 visits." },
    ]);

    [Theory]
    [InlineData("2008")] // in a text
    [InlineData("2012")] // in a heading
    [InlineData("2019")] // the document's date
    [InlineData("2017")] // inside a longer number, as Contains found it
    [InlineData("1201")]
    public void AYearAPassageNamesIsNamed(string year) => Assert.True(Named.Contains(year));

    [Theory]
    [InlineData("1995")] // "1,995" is no four digits in a row
    [InlineData("2010")]
    [InlineData("0999")]
    public void AYearNoPassageNamesIsNot(string year) => Assert.False(Named.Contains(year));

    [Fact]
    public void TheRealIndexNamesTheYearsTheScanOverEveryPassageFound()
    {
        var index = RealContent.Index;
        for (var value = 1900; value < 2100; value++)
        {
            var year = value.ToString(CultureInfo.InvariantCulture);
            var scanned = index.Passages.Any(p => p.Text.Contains(year, StringComparison.Ordinal) || p.Heading.Contains(year, StringComparison.Ordinal)
                || p.Document.Date.Year.ToString(CultureInfo.InvariantCulture) == year);
            Assert.Equal(scanned, index.NamesYear(year));
        }
    }
}
