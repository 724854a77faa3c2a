using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AS (safe-as): the classes behind batches CI and CJ's missed crises, each with our own phrasings: an adult at home hurting
/// the writer together with someone else, or slapping as a punishment, or "trying stuff" with them; turned away by a hostel and
/// out in the cold now; an apology for being trouble followed by an end today; tired of staying alive; self-harm named and then
/// said to go on; pills laid out shown in a post; who would tell anyone if the writer died; a step into traffic on purpose; a
/// grave emoji by a near time; cuts played down as deep. And the near misses that must stay as they were, and the money moan
/// "gonna die broke" that is no crisis.
/// </summary>
public sealed class HarmAtHomeTurnedAwayFinalityAndOngoingSelfHarmTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    private static SafeguardingMatch? Match(string message) => SafeguardingFixture.Detector.Detect(message);

    [Theory]
    [InlineData("moved back in with my dad and his girlfriend hits me and my little brother")]
    [InlineData("my step dad beats both of us when hes drunk")]
    [InlineData("can carers smack you? mine does it if i come in late")]
    [InlineData("is it allowed for a carer to hit you, she does it whenever i swear")]
    [InlineData("the guy upstairs at my hostel tried it on with me last night")]
    [InlineData("my foster carers son keeps trying to touch me")]
    [InlineData("the shelter turned me away and im sat outside the station now")]
    [InlineData("council said theyre full, sleeping on a bench in the park, its so cold")]
    [InlineData("sorry for being such a burden to everyone. it all ends tonight")]
    [InlineData("im sick of struggling to stay alive every day")]
    [InlineData("exhausted from trying to keep myself alive")]
    [InlineData("is self harming a safeguarding thing? i still do it every night")]
    [InlineData("my girlfriend put a photo of her tablets laid out on her snap")]
    [InlineData("if i was gone who would even notice")]
    [InlineData("haha walked out in front of a bus deliberately earlier")]
    [InlineData("just a little cut lol. ok maybe really deep")]
    public void EachClassIsACrisis(string message)
    {
        Assert.True(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("my dad hits the gym with both of us on sundays")]
    [InlineData("is it legal to smack a child in england, doing an essay")]
    [InlineData("my key worker tried things with me like budgeting and cooking")]
    [InlineData("the hostel said no room so ive applied to another one, what else can i do")]
    [InlineData("sorry for all the questions, the consultation ends today right")]
    [InlineData("tired of trying to survive on universal credit, is there a grant")]
    [InlineData("doing a self harm awareness course at college, i do it every week")]
    [InlineData("if i died who gets my savings")]
    [InlineData("nearly stepped into the road looking at my phone lol")]
    [InlineData("cut my finger chopping onions, its quite deep, do i need stitches")]
    [InlineData("the cuts to youth services go really deep")]
    public void NearMissesAreNotSignals(string message) =>
        Assert.False(Match(message) is { Signal: true }, message);

    [Theory]
    [InlineData("im gonna die broke at this rate lol, what benefits can i get")]
    [InlineData("we are all going to die skint in this economy")]
    public void ASayingAboutMoneyIsNoSignal(string message) =>
        Assert.False(Match(message) is { Signal: true }, message);

    [Fact]
    public void AGraveByANearTimeWithTheDecisionSaidIsACrisis() =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess("ill be \U0001FAA6 by the weekend. its decided", []).Tier);
}
