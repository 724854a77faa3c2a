using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AG (safe-ag): the classes behind batches BI and BJ's missed crises and look-alikes, each with our own phrasings and
/// the near misses that must stay as they were: a way to self-harm asked for so that it is not seen; wanting to be a ghost
/// said to be meant; suicide named of people like the writer and then "thats where im heading"; voices saying to die with
/// "me" left out; a wish to end it all added on after a question with a laugh; past abuse by someone who still has children
/// in his care; a cut deeper than meant; nobody would miss a care kid; a blade and blood "again"; and look-alikes (someone
/// to talk to "not an emergency", a note for a flatmate while away, a pet's bleeding paw, money "keeping me alive", money
/// "gone forever", a stabbing pain, a threat at a brother for eating one's food).
/// </summary>
public sealed class HiddenHarmOthersAtRiskAndEverydayLookAlikesTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    private static SafeguardingMatch? Match(string message) => SafeguardingFixture.Detector.Detect(message);

    [Theory]
    [InlineData("any tips to self harm without my carer noticing")]
    [InlineData("good way to self harm so it doesnt leave marks on my arms?")]
    [InlineData("wanna become a ghost fr not joking")]
    [InlineData("people in care always end up killing themselves and thats where im going tbh")]
    [InlineData("voices keep saying 2 just die")]
    [InlineData("the voices in my head tell me to go unalive")]
    [InlineData("whens my next pathway plan meeting? btw lowkey wanna end it all lol")]
    [InlineData("my foster carer abused me when i was small and she still fosters babies now")]
    [InlineData("my old foster dad did stuff to me when i was little and hes still fostering other kids now")]
    [InlineData("its fine i just went a bit deeper than i wanted to lol")]
    [InlineData("no one would even notice a kid from care anyway")]
    [InlineData("nobody is gonna miss me when im gone")]
    [InlineData("🔪🩸 again tonight")]
    public void EachClassIsACrisis(string message)
    {
        Assert.True(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("whats the best way to fade self harm scars, theyre old now")]
    [InlineData("im gonna be a ghost for halloween")]
    [InlineData("i want to ghost my ex, can i block him")]
    [InlineData("loads of care leavers end up at uni now and thats where im heading in september")]
    [InlineData("this essay makes me kinda want to end it all lol")]
    [InlineData("my old foster carer was strict when i was little and he still fosters kids now")]
    [InlineData("cut my thumb a bit deeper than i meant while chopping onions")]
    [InlineData("nobody will miss me at the drop in if i skip it this week")]
    [InlineData("i need someone to talk to, its not an emergency, just exams")]
    [InlineData("wrote a note for my flatmate for when im away at uni")]
    [InlineData("my dog cut his paw and its bleeding a lot, which vet is open late")]
    public void ANearMissIsNoSignal(string message) => Assert.False(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));

    [Theory]
    [InlineData("my cats got a bleeding paw, do i take her to the vet")]
    [InlineData("my bursary is the only thing keeping me alive financially lol, when does it get paid")]
    public void ALookAlikeIsNotACrisis(string message) => Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    [Theory]
    [InlineData("need someone to talk to, it is not an emergency but i want to die")]
    [InlineData("my mate cut his arm and its bleeding a lot")]
    [InlineData("i wrote a note for my mum for when im gone, i cant do this anymore")]
    [InlineData("im writing letters to everyone i care about so they know its not their fault")]
    public void ACrisisBesideTheLookAlikesWordsIsStillOne(string message) =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
}
