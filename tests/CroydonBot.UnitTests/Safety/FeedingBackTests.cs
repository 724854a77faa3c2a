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

    [Theory]
    [InlineData("the staff at my hostel speak to us like toddlers. im feeding back, not asking for anything")]
    [InlineData("just feeding back, nobody asked me before they changed my PA")]
    public void SayingItIsFeedbackIsNoCrisis(string message) =>
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

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
