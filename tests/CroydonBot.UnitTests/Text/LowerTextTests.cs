using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

/// <summary>Round AS (perf-as): the one lowering the knowledge step's message patterns share.</summary>
public sealed class LowerTextTests
{
    [Theory]
    [InlineData("I’m NOT a Care Leaver, OK?", "i'm not a care leaver, ok?")]
    [InlineData("what was it in 2008", "what was it in 2008")]
    [InlineData("", "")]
    public void TheTextIsLowerCaseWithItsCurlyApostrophesStraight(string text, string lower) =>
        Assert.Equal(lower, LowerText.Of(text));

    [Fact]
    public void AnotherTextAfterTheLastIsLoweredAfresh()
    {
        Assert.Equal("first", LowerText.Of("FIRST"));
        Assert.Equal("second", LowerText.Of("SECOND"));
        Assert.Equal("first", LowerText.Of("FIRST"));
    }
}
