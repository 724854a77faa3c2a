using CroydonBot.QuestionLog.Search;

namespace CroydonBot.UnitTests.Staff;

public sealed class SearchWordsTests
{
    [Fact]
    public void WordsAreLowerCaseRunsOfLettersAndDigitsEachOnce() =>
        Assert.Equal(["bursary", "50", "my", "dog"], SearchWords.Split("Bursary?? 50% my_dog BURSARY"));

    [Theory]
    [InlineData("bursari", "burseri", 1)]
    [InlineData("appli", "apply", 1)]
    [InlineData("form", "from", 1)]
    [InlineData("grant", "grant", 0)]
    [InlineData("pa", "passport", 6)]
    public void DistanceCountsEditsAndSwappedNeighbours(string a, string b, int expected) =>
        Assert.Equal(expected, SearchWords.Distance(a, b));

    [Fact]
    public void ShortWordsMustMatchExactlyAndLongOnesMayBeTwoEditsAway()
    {
        Assert.Equal(0, SearchWords.Tolerance("pa"));
        Assert.Equal(1, SearchWords.Tolerance("bursari"));
        Assert.Equal(2, SearchWords.Tolerance("apprenticeship"));
    }

    [Fact]
    public void NeighboursAreTheStoredStemsCloseEnoughNearestFirst() =>
        Assert.Equal(["burseri", "bursari"], SearchWords.Neighbours("burseri", ["bursari", "burseri", "nursery", "bus"]));
}
