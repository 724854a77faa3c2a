using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Round AR (abstain-ar): a question about a year none of the sources speaks of.</summary>
public sealed class YearNoSourceCoversTests
{
    private static bool RealSourcesName(string year) => YearNoSourceCovers.Names(RealContent.Index, year);

    [Theory]
    [InlineData("what was croydon's ofsted rating in 2008", 2008)]
    [InlineData("how many kids were in care in 2005?", 2005)]
    [InlineData("ok thanks. and back in 2010?", 2010)]
    [InlineData("WHAT WAS THE RATING IN 1998", 1998)]
    public void AYearNoSourceNamesIsTheYearAsked(string question, int year) =>
        Assert.Equal(year, YearNoSourceCovers.Asked(question, RealSourcesName));

    [Theory]
    // The sources speak of 2012 and 2024 (inspections).
    [InlineData("what was croydon's ofsted rating in 2012")]
    [InlineData("what did ofsted say about croydon in 2024")]
    // The asker's own story, or a birth year: the guides still answer the question.
    [InlineData("i was born in 2006 and was in care for 3 years, did i get a junior isa")]
    [InlineData("i left care in 2015, can i still get a PA")]
    [InlineData("what if i was born in 2008")]
    // Round AS (perf-as): no "19" or "20", so no year can be asked.
    [InlineData("what was the rating in 2100")]
    [InlineData("how old do i have to be")]
    // Digits of another script are no year to parse (the turn failed on them).
    [InlineData("what was the rating in 19\u0660\u0668")]
    public void AYearTheSourcesNameOrTheAskersOwnIsNot(string question) =>
        Assert.Null(YearNoSourceCovers.Asked(question, RealSourcesName));
}
