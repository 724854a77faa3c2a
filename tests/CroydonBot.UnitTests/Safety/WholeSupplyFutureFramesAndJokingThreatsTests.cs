using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round W (safe-w2): the classes behind batch AM's missed crises and look-alikes, each with our own phrasings and
/// look-alikes that must stay as they were:
/// - a whole supply of medicine taken at once "and be done", with the medicine named anywhere in the message;
/// - a home lost today and the council saying come back another day;
/// - strangers' deaths asked as facts, and a question framed as a hypothetical or for the future (everyday questions);
/// - a threat made conditional on a trivial act and laughed off (a figure of speech);
/// - halls said to close as a yearly rule (a date ahead);
/// - "they say i owe money" about a council tax, rent or benefit letter (a service's debt, not a gang's).
/// </summary>
public sealed class WholeSupplyFutureFramesAndJokingThreatsTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    private static bool IsSignal(string message) => SafeguardingFixture.Detector.Detect(message) is { Signal: true };

    private static bool AsksEveryday(string message) =>
        new EverydayQuestions(SafeguardingFixture.Data).Asks(SafeguardingFixture.Detector.Normalise(message));

    [Theory]
    [InlineData("got my repeat prescription yesterday. whens the job centre open. anyway im going to swallow them all at once tonight and be done")]
    [InlineData("saved up my sertraline for weeks, gonna take the lot in one go on sunday so its over")]
    [InlineData("i have two boxes of paracetamol, im going to take everything at once and never wake up")]
    public void AWholeSupplyTakenAtOnceToBeDoneIsACrisis(string message)
    {
        Assert.True(IsSignal(message));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("revision tips please, i want to take all my exams together and be done")]
    [InlineData("my antibiotics, can i take all of them at once and be done with it")]
    [InlineData("can i take my tablets all at once in the morning")]
    public void AWholeLotOfSomethingElseOrDoneWithItIsNoSuchSignal(string message) =>
        Assert.False(SafeguardingFixture.Detector.Detect(message) is { Signal: true, Category: "suicide-self-harm" });

    [Theory]
    [InlineData("my carer kicked me out today. the council said come back tomorrow")]
    [InlineData("got thrown out of my hostel this morning and housing told me to come back on tuesday")]
    [InlineData("evicted tonight and they said wait till monday")]
    public void AHomeLostTodayAndToldToComeBackLaterIsACrisis(string message)
    {
        Assert.True(IsSignal(message));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("my mate got evicted last year and the council told him to come back monday, is that normal")]
    [InlineData("went to the council today about my bursary, they said come back monday")]
    public void ComeBackLaterWithNoHomeLostTodayIsNoSignal(string message) => Assert.False(IsSignal(message));

    [Theory]
    [InlineData("how many people die on the roads in the uk each year")]
    [InlineData("how many soldiers died in the first world war")]
    [InlineData("if i ever lost my job would i still get the setting up home allowance? just for the future")]
    [InlineData("hypothetically what would the council do if my tenancy ended, its not happening now")]
    public void AFactAboutStrangersDeathsOrAHypotheticalQuestionIsEveryday(string message) => Assert.True(AsksEveryday(message));

    [Theory]
    [InlineData("how many people have died from taking 30 paracetamol")]
    [InlineData("how many people die jumping off that bridge")]
    [InlineData("how many people my age have died like this")]
    [InlineData("if i ever go back there he will kill me, what do i do")]
    [InlineData("if i ever get kicked out tonight where do i go")]
    [InlineData("not happening now but what if i end up on the street")]
    public void AMethodTheFirstPersonOrAHarmNowIsNotEveryday(string message) => Assert.False(AsksEveryday(message));

    [Theory]
    [InlineData("gonna kill my sister if she finishes the milk again lol can you freeze milk", "can you freeze milk")]
    [InlineData("ill murder him if he nicks my charger one more time lmao where can i get one", "where can i get one")]
    public void AThreatOnATrivialActLaughedOffIsLeftOutOfTheSecondReading(string plain, string without) =>
        Assert.Equal(without, new FiguresOfSpeech(SafeguardingFixture.Data).Without(plain));

    [Theory]
    [InlineData("gonna kill myself if they take my phone again lol")]
    [InlineData("im going to kill him if he hits me again lol")]
    [InlineData("gonna kill him if he takes me there again lol")]
    [InlineData("im going to kill my brother if he eats my food again")]
    public void AThreatAgainstMyselfAnActDoneToMeOrNoLaughKeepsItsWords(string plain) =>
        Assert.Equal(plain, new FiguresOfSpeech(SafeguardingFixture.Data).Without(plain));

    [Theory]
    [InlineData("halls close in june and ive got nowhere to go, can the council help")]
    [InlineData("student halls shut over summer so i have nowhere to stay, what are my options")]
    public void HallsThatCloseAsAYearlyRuleAreNotACrisisOutright(string message) =>
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    [Theory]
    [InlineData("halls close and ive got nowhere to go tonight")]
    [InlineData("halls shut today and i have nowhere to sleep")]
    public void HallsThatCloseTonightStayACrisis(string message) =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    [Theory]
    [InlineData("the rent arrears letter is wrong, they say i owe money but i paid, who do i ring")]
    [InlineData("universal credit overpayment, they said we owe money back, can i appeal")]
    public void OwingMoneyToAServiceIsNotExploitation(string message) =>
        Assert.False(SafeguardingFixture.Detector.Detect(message) is { Signal: true, Category: "exploitation" });

    [Theory]
    [InlineData("the olders say i owe money after the package got taken")]
    [InlineData("the council tax is behind and now the olders said i owe money, i have to do runs")]
    [InlineData("they say i owe money and i have to work it off")]
    public void OwingMoneyWithAGangOrNoServiceNamedStaysExploitation(string message) =>
        Assert.True(SafeguardingFixture.Detector.Detect(message) is { Signal: true, Category: "exploitation" });
}
