using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AC (route-ac): "feeding back" is giving feedback, not eating. The learned layer learned "feeding" from crises about food, so a
/// sentence that only says it is feedback read as a crisis; it is a figure of speech now (dialogs/safeguarding.yaml), and a crisis told
/// beside it keeps its own words. Phrasings of our own.
/// </summary>
public sealed class FeedingBackTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    [Fact]
    public void SayingItIsFeedbackIsNoCrisis() =>
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess("my PA talks down to me every time we meet and never listens to what i want. just feeding back here, im not after anything", []).Tier);

    [Theory]
    [InlineData("im feeding back, not asking for anything", "im , not asking for anything")]
    [InlineData("i fed back about it last week", "i about it last week")]
    public void FeedingBackIsLeftOutOfTheSecondReading(string plain, string without) =>
        Assert.Equal(without, new FiguresOfSpeech(SafeguardingFixture.Data).Without(plain));

    [Theory]
    [InlineData("im feeding back but honestly i want to kill myself")]
    [InlineData("feeding back about the hostel, i havent eaten in four days and have no money")]
    public void ACrisisBesideFeedbackIsStillACrisis(string message) =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
}
