using CroydonBot.Safety;
using CroydonBot.Safety.Text;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AT (crisis-at): the classes behind batches CK and CL's missed crises and false alarms, each with our own phrasings:
/// suicidal intent told indirectly (affairs put in order "just in case", being found, what the point of anything is, wanting a
/// grave), self-harm wounds asked about as a health matter (hidden from a nurse, gone bad), abuse in care never told, threats to
/// the writer's life, fear of harming someone else, words spelled out with spaces; and the look-alikes that must not get the
/// crisis reply (a stab in the back, a fan's "im gonna die", a missing pet, a knife for a hobby).
/// </summary>
public sealed class IndirectIntentWoundsUntoldAbuseAndThreatsTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    private static SafeguardingMatch? Match(string message) => SafeguardingFixture.Detector.Detect(message);

    [Theory]
    [InlineData("wrote a will last night haha. just in case")]
    [InlineData("drew up my will, in case something happens lol")]
    [InlineData("need to tidy my room so its clean for whoever finds me")]
    [InlineData("ill leave the door unlocked so its easy when they find me")]
    [InlineData("honestly whats the point in it all anymore")]
    [InlineData("what is even the point of anything, i mean it")]
    [InlineData("i just want to be in a coffin")]
    [InlineData("how do i keep hiding my cuts from the school nurse")]
    [InlineData("my cuts wont heal and have gone green, nbd")]
    [InlineData("what should i tell the gp about my cuts so they dont ring my social worker")]
    [InlineData("something went on with a carer at my old placement and i never told a soul")]
    [InlineData("things happened with a staff member at the home and nobody knows, it haunts me")]
    [InlineData("keep getting death threats on my phone from a withheld number")]
    [InlineData("someone has put a price on my head")]
    [InlineData("im so wound up im frightened of what i might do to my flatmate")]
    [InlineData("worried im going to hurt someone when i get this angry")]
    public void EachClassIsACrisis(string message)
    {
        Assert.True(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("making a will just in case now the baby is here, how do i do it")]
    [InlineData("when they find me a flat can i get the setting up home allowance")]
    [InlineData("people find me annoying at college")]
    [InlineData("whats the point of any of this paperwork if nobody reads it")]
    [InlineData("want to visit my nans grave tomorrow")]
    [InlineData("cut my finger chopping onions and now its infected")]
    [InlineData("got a cut from the fence at work, it looks infected")]
    [InlineData("something happened with my mate at school and i never told anyone, so embarrassing")]
    [InlineData("scared of what ill do after college")]
    [InlineData("im worried ill hurt her feelings if i say no")]
    [InlineData("my mate stabbed me in the back and spread rumours")]
    [InlineData("if we lose again today im actually going to die")]
    public void NearMissesAreNotSignals(string message) =>
        Assert.False(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));

    [Theory]
    [InlineData("he stabbed me in the back with a knife and theres blood everywhere")]
    [InlineData("if i lose my flat im gonna die")]
    public void ALiteralStabAndALossThatIsNotAGameStaySignals(string message) =>
        Assert.True(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));

    [Theory]
    [InlineData("our dog ran off in the park, how do i find him")]
    [InlineData("can i take my whittling knife camping or is that illegal")]
    public void LookAlikesDoNotGetTheCrisisReply(string message) =>
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    [Theory]
    [InlineData("m y  d a d  h i t s  m e", "my  dad  hits  me")]
    [InlineData("i  w a n t  t o  d i e", "i  want  to  die")]
    public void WordsSpelledOutWithSpacesAreJoinedOneByOne(string text, string joined) =>
        Assert.Equal(joined, SpacedOutWords.Join(text));

    [Theory]
    [InlineData("i am ok")]
    [InlineData("is a b c d on the form")]
    [InlineData("plan a  or b")]
    public void OrdinaryTextStaysAsTyped(string text) => Assert.Equal(text, SpacedOutWords.Join(text));

    [Fact]
    public void AMessageSpelledOutWordByWordIsACrisis() =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess("m y  f o s t e r  c a r e r  h i t s  m e", []).Tier);
}
