using CroydonBot.Caching;
using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

public class RememberingSafeguardingDetectorTests
{
    private static readonly SafeguardingDetector Real = new(SafeguardingFixture.Data);

    [Theory]
    [InlineData("crisis-phrasings.txt")]
    [InlineData("not-crisis-phrasings.txt")]
    public void EveryPhrasingGetsTheRealDetectorsDecisionTheFirstTimeAndTheSecond(string file)
    {
        var detector = new RememberingSafeguardingDetector(Real);
        foreach (var phrasing in SafeguardingFixture.Phrasings(file))
        {
            Assert.Equal(Real.Detect(phrasing), detector.Detect(phrasing));
            Assert.Equal(Real.Detect(phrasing), detector.Detect(phrasing));
        }
    }

    [Fact]
    public void ARepeatedMessageIsCheckedOnce()
    {
        var counting = new CountingDetector();
        var detector = new RememberingSafeguardingDetector(counting);
        detector.Detect("what am i entitled to");
        detector.Detect("what am i entitled to");
        Assert.Equal(1, counting.Calls);
    }

    [Fact]
    public void ALongMessageIsCheckedAfreshEveryTime()
    {
        var counting = new CountingDetector();
        var detector = new RememberingSafeguardingDetector(counting);
        var paste = string.Join(' ', Enumerable.Repeat("word", RecentTexts<SafeguardingMatch?>.MaxLength));
        detector.Detect(paste);
        detector.Detect(paste);
        Assert.Equal(2, counting.Calls);
    }

    private sealed class CountingDetector : ISafeguardingDetector
    {
        public int Calls { get; private set; }

        public SafeguardingMatch? Detect(string text)
        {
            Calls++;
            return null;
        }
    }
}
