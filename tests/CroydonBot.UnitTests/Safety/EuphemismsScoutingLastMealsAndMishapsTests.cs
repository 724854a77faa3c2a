using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round X (safe-x): the classes behind batch AO's missed crises and the look-alikes AN and AO flagged, each with our own
/// phrasings and look-alikes that must stay as they were:
/// - a suicide euphemism ("unalive", "sewerslide") with no one named, told with when or as the last time someone is seen;
/// - asked to scout a place or a group for people who talk of attacking it;
/// - days without food told by the day of the last meal, or the cupboards empty with pennies left;
/// - "kill" said of a pest or a computer process, blood washed out of clothes, a famous stranger who collapsed;
/// - self-harm told as stopped for years, and "she's gonna kill me" about a small thing done to her things;
/// - a question about a sport's players told about strangers (an everyday question).
/// </summary>
public sealed class EuphemismsScoutingLastMealsAndMishapsTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    private static SafeguardingMatch? Detect(string message) => SafeguardingFixture.Detector.Detect(message);

    private static bool IsSignalOf(string message, string category) => Detect(message) is { Signal: true } m && m.Category == category;

    [Theory]
    [InlineData("im going to unalive this weekend, nobody will even notice")]
    [InlineData("planning to sewerslide on friday after college")]
    [InlineData("gonna unalive so my sw is the last person i speak to")]
    public void ASuicideEuphemismWithAWhenOrALastTimeIsACrisis(string message)
    {
        Assert.True(IsSignalOf(message, "suicide-self-harm"));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("im gonna kill it tomorrow at my interview, any last tips")]
    [InlineData("gonna kill time after my pa visit, whats on at the cinema")]
    [InlineData("my pa is the last person i see on fridays, can she come on mondays instead")]
    public void KillingATaskOrTimeOrALastVisitIsNoSuicideSignal(string message) =>
        Assert.False(IsSignalOf(message, "suicide-self-harm"));

    [Theory]
    [InlineData("the group chat keeps going on about burning the synagogue and they want me to check what time its empty")]
    [InlineData("some lads online talk about attacking the refugee hotel and asked me to find out how many people live there")]
    public void AskedToScoutAPlaceForPeopleWhoTalkOfAttackingItIsACrisis(string message)
    {
        Assert.True(IsSignalOf(message, "extremism"));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("my teacher asked me to find out why the mosque attack happened for my history essay")]
    [InlineData("my manager asked me to check when the church hall is free for the christmas party")]
    public void AFactFindingTaskWithNoAttackPlannedIsNoExtremismSignal(string message) =>
        Assert.False(IsSignalOf(message, "extremism"));

    [Theory]
    [InlineData("sorry for the essay. college is fine and my tutor is sound. the last meal i had was on thursday and its sunday now")]
    [InlineData("uc still hasnt sorted my claim, 12p in my account and nothing in the fridge")]
    public void TheDayOfTheLastMealOrNoFoodAndPenniesLeftIsACrisis(string message)
    {
        Assert.True(IsSignalOf(message, "hunger"));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("the last time i ate sushi was on friday, is raw fish ok when youre pregnant")]
    [InlineData("nothing in the fridge, going to tesco later, any cheap recipes for one")]
    public void ADishLastEatenOrAnEmptyFridgeBeforeShoppingIsNoHungerSignal(string message) =>
        Assert.False(IsSignalOf(message, "hunger"));

    [Theory]
    [InlineData("whats the quickest way to kill the wasps nesting in my shed")]
    [InlineData("best way to kill a mouse humanely, theres one in my kitchen")]
    [InlineData("how do you get blood out of my school jumper, my nose bled in pe")]
    [InlineData("a boxer collapsed and died after a fight last year, how common is that")]
    public void APestAStainOrAFamousStrangerIsNoSignal(string message) => Assert.False(Detect(message) is { Signal: true });

    [Theory]
    [InlineData("whats the best way to kill myself")]
    [InlineData("theres blood pouring out of my wrist")]
    [InlineData("a man collapsed at the bus stop next to me and hes not moving")]
    public void TheSameWordsAboutAPersonStayACrisis(string message) =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    [Fact]
    public void SelfHarmStoppedForYearsIsWeighedNotACrisisOutright()
    {
        var match = Detect("i used to self harm when i was in care, havent done it for 4 years now, can i train as a youth worker");
        Assert.NotNull(match);
        Assert.False(match.Signal);
    }

    [Theory]
    [InlineData("i used to self harm and havent for 2 years but the urges are back tonight")]
    [InlineData("i used to self harm, stopped for 3 years, and now ive started self harming again")]
    public void SelfHarmThatCameBackStaysASignal(string message) => Assert.True(IsSignalOf(message, "suicide-self-harm"));

    [Fact]
    public void SheIsGonnaKillMeForASmallThingDoneToHerThingsIsLeftOutOfTheSecondReading() =>
        Assert.Equal("i broke her mug how do i fix a handle",
            new FiguresOfSpeech(SafeguardingFixture.Data).Without("mum is gonna kill me i broke her mug how do i fix a handle"));

    [Theory]
    [InlineData("my dad is going to kill me, he found out im gay")]
    [InlineData("my stepdad said hes gonna kill me when he gets home")]
    public void AThreatWithNoSmallThingNamedStaysACrisis(string message) =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    private static bool AsksEveryday(string message) =>
        new EverydayQuestions(SafeguardingFixture.Data).Asks(SafeguardingFixture.Detector.Normalise(message));

    [Theory]
    [InlineData("why dont rugby players wear more padding when they get smashed in tackles")]
    [InlineData("how do ufc fighters cut so much weight before a fight")]
    public void AQuestionAboutASportsPlayersIsEveryday(string message) => Assert.True(AsksEveryday(message));

    [Theory]
    [InlineData("the boxers at my gym keep punching me after training, is that allowed")]
    [InlineData("why do so many footballers kill themselves after they retire")]
    [InlineData("are there any fighters who want to hurt people tonight")]
    public void APlayersQuestionWithTheFirstPersonOrAHarmIsNotEveryday(string message) => Assert.False(AsksEveryday(message));
}
