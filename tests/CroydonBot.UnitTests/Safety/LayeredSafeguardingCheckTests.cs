using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

public sealed class LayeredSafeguardingCheckTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    [Theory]
    [InlineData("my foster dad", "punches me when hes drunk")]
    [InlineData("theres a man at my semi indep", "who keeps coming in my room at night")]
    [InlineData("so my boyfriend", "wont let me leave the flat and hes hit me again")]
    public void ACrisisSplitOverMessagesIsCaughtWithTheEarlierOnes(string earlier, string message) =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, [earlier]).Tier);

    [Fact]
    public void APatternMatchSaysThePatternsDecided()
    {
        var assessment = Check.Assess("i want to kill myself", []);
        Assert.Equal((SafeguardingTier.Crisis, "patterns", 1.0), (assessment.Tier, assessment.Layer, assessment.Score));
    }

    [Theory]
    [InlineData("ive been cutting again")]
    [InlineData("i have a rope ready")]
    [InlineData("no point in me being alive")]
    [InlineData("i owe the olders and have to hold stuff for them")]
    public void CrisesTheIssueNamedAreCaught(string message) => Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    [Theory]
    [InlineData("what happens if a care leaver becomes homeless")]
    [InlineData("is housing planned before you turn 18")]
    [InlineData("where do i stay in the uni holidays if i have nowhere to go back to")]
    public void AHousingQuestionGetsTheHousingTierNotTheCrisisReply(string message) =>
        Assert.Equal(SafeguardingTier.Housing, Check.Assess(message, []).Tier);

    [Theory]
    [InlineData("this essay is killing me")]
    [InlineData("what does safeguarding mean")]
    [InlineData("what did ofsted say about croydon in 2024")]
    public void LookAlikesAndOrdinaryQuestionsAreNotCrises(string message) =>
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
}
