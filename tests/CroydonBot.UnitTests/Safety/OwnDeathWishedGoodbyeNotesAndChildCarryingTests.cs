using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AF (safe-af): the classes behind batches BG and BH's missed crises and look-alikes, each with our own phrasings and
/// the near misses that must stay as they were: killing with nobody named after "feel like"; being dead preferred to this life;
/// one's own death with a near day and nothing else (leetspeak read); one's own death pictured and then wanted; dying named by
/// others and then wanted; a goodbye note ("this is the end for me, tell ..."); one's own death as the premise of a question
/// about one's things; one good thing "before i go"; blood through a sleeve; a blade and blood as emoji; asking whether anyone
/// would notice; nobody at one's funeral; disappearing for good; a child under 16 carrying; a home lost "this afternoon"; and
/// look-alikes (shot down for a job, the numbers asked for to keep, a student's summer asked as a supposition, idioms).
/// </summary>
public sealed class OwnDeathWishedGoodbyeNotesAndChildCarryingTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    private static SafeguardingMatch? Match(string message) => SafeguardingFixture.Detector.Detect(message);

    [Theory]
    [InlineData("i feel like unaliving and i dont know who to tell")]
    [InlineData("honestly being dead would be easier than living")]
    [InlineData("d34d by the weekend probs")]
    [InlineData("i might just not wake up one day and part of me wants that")]
    [InlineData("they did a vote on if i should die and i actually do want to")]
    [InlineData("the group chat voted that i should die and honestly i want to")]
    [InlineData("this is the end for me, tell my foster mum im sorry")]
    [InlineData("who gets my bike and my savings if im dead, can it go to my little brother")]
    [InlineData("i want to do one last good thing before i go")]
    [InlineData("blood came through my hoodie sleeve in class lol")]
    [InlineData("🗡️🩸 again, i cant stop")]
    [InlineData("if i ended it would anyone even notice lol")]
    [InlineData("who would even bother coming to my funeral lol")]
    [InlineData("i wanna vanish forever, not on a holiday lol")]
    [InlineData("my cousin is only 11 and hes strapped now")]
    [InlineData("the landlord chucked me out this afternoon and my phone is nearly dead")]
    [InlineData("my pa keeps changing and the council lost my forms, and honestly ive been writing letters to people for after im gone. what is the local offer")]
    public void EachClassIsACrisis(string message)
    {
        Assert.True(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("i feel like killing it at the gym today")]
    [InlineData("death by chocolate is better than this cake")]
    [InlineData("ill be dead by friday with all this coursework")]
    [InlineData("my phone will be dead by friday")]
    [InlineData("i could die for a chicken burger rn, i want that")]
    [InlineData("what happens when you die, i actually want to know")]
    [InlineData("this is it for me tonight, love this bot x")]
    [InlineData("can i ask one more thing before i go")]
    [InlineData("i want to do something good before i go to uni")]
    [InlineData("my tattoo bled through the plaster is that normal")]
    [InlineData("hes 12 and hes carrying his brothers bag to school")]
    [InlineData("i want to disappear from socials for good lol")]
    [InlineData("if i died would my sister get my setting up home allowance")]
    [InlineData("just got shot down for an apprenticeship, where can i get help with applications")]
    public void ANearMissIsNoSignal(string message) => Assert.False(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));

    [Theory]
    [InlineData("just got shot down for an apprenticeship, where can i get help with applications")]
    [InlineData("who do i ring if im ever in danger? just want the number saved in my phone")]
    [InlineData("what if im at college and its the easter holidays and i got nowhere to go, where can i stay")]
    public void ALookAlikeIsNotACrisis(string message) => Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    [Fact]
    public void TheNumbersAskedForADayThatMayComeAreAnsweredWithTheSafetyLine()
    {
        var verdict = Check.Assess("who do i ring if im ever in danger? just want the number saved in my phone", []);

        Assert.Equal(SafeguardingTier.Uncertain, verdict.Tier);
        Assert.Equal("patterns+everyday", verdict.Layer);
    }

    [Fact]
    public void ADangerAskedAboutWithoutADayAheadIsStillACrisis() =>
        Assert.True(Match("what number do i ring if im in danger") is { Signal: true, Weighed: false });

    [Theory]
    [InlineData("what number do i ring if im ever in danger, hes outside right now")]
    [InlineData("got shot down for a job and i want to kill myself")]
    [InlineData("dead tired and i want to die")]
    [InlineData("at uni and its the summer holidays and i got nowhere to sleep tonight")]
    public void ACrisisBesideALookAlikeStaysACrisis(string message) => Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
}
