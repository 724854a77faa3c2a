using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AK (safe-ak): the classes behind batches BQ and BR's missed crises (and the older AX restraint), each with our own
/// phrasings and the near misses that must stay as they were: "unalive" with no object ("i wanna unalive. no one cares");
/// whether anyone would notice if the writer disappeared or died; goodbye or suicide letters written, after an ordinary
/// question; a cut gone too deep, played down; "secret games" or "our little secret" with a child in the bath or in bed;
/// restraint that hurt; an attack being prepared, told by two of its signs (means gathered, attacks watched, fame promised).
/// </summary>
public sealed class UnaliveNoticeLettersSecretsRestraintAndAttackSignsTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    private static SafeguardingMatch? Match(string message) => SafeguardingFixture.Detector.Detect(message);

    [Theory]
    [InlineData("lowkey wanna unalive rn")]
    [InlineData("i just want to unalive tbh")]
    [InlineData("i might unalive soon nobody would notice")]
    [InlineData("if i died tomorrow would anyone even care")]
    [InlineData("if i vanished would my social worker even notice")]
    [InlineData("would anyone miss me if i wasnt here")]
    [InlineData("would my carers even care if i died")]
    [InlineData("wrote goodbye notes to everyone last night")]
    [InlineData("left a goodbye letter for my sister on my bed")]
    [InlineData("when does my bursary pay out, not that itll matter, the goodbye notes are done")]
    [InlineData("i think i cut a bit too deep this time lol")]
    [InlineData("might have gone a bit too deep last night, its fine tho")]
    [InlineData("went way too deep on my thigh oops")]
    [InlineData("dont panic but i may have cut myself too deep")]
    [InlineData("my little cousin says her uncle plays secret games with her in her bed")]
    [InlineData("a kid at my placement said the lodger plays secret games with him when everyone is out and told him not to tell")]
    [InlineData("my niece said grandad told her its their little secret what they do in the bath")]
    [InlineData("the workers at my home held me down on the floor and one knelt on my back")]
    [InlineData("my key worker pinned me against the wall and i couldnt breathe")]
    [InlineData("got pinned to the ground by two staff last night, my wrist is swollen")]
    [InlineData("my brother keeps watching mass shooting videos and has been buying fertiliser")]
    [InlineData("my mate has been stockpiling chemicals and says everyone will know his name")]
    [InlineData("a lad in my hostel watches bombing videos all day and ordered loads of chemicals online")]
    public void EachClassIsACrisis(string message)
    {
        Assert.True(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    }

    [Theory]
    [InlineData("i wanna kill time before my appointment, anything to do in croydon")]
    [InlineData("i want to kill it at my interview tomorrow any tips")]
    [InlineData("gonna kill it tonight at the gig")]
    [InlineData("i want to kill the spider in my bathroom")]
    [InlineData("if i disappeared for a weekend to my mates would my carers get in trouble")]
    [InlineData("would anyone notice if i changed my name on insta")]
    [InlineData("if i moved out would the council notice")]
    [InlineData("im moving placement so ive written goodbye letters to the other kids")]
    [InlineData("my PA is retiring and i wrote her a goodbye card")]
    [InlineData("i wrote my final notes for the exam")]
    [InlineData("cut my finger a bit too deep chopping onions, do i need stitches")]
    [InlineData("the council cut a bit too deep into youth services")]
    [InlineData("went a bit too deep into the lore of this game")]
    [InlineData("my little sister loves playing secret agent games")]
    [InlineData("my foster mum plays a secret game with my brother where they hide sweets around the house")]
    [InlineData("my nephew has a secret handshake with his dad")]
    [InlineData("the staff held me back from a fight at school")]
    [InlineData("got pinned in judo and my wrist hurts, should i rest it")]
    [InlineData("what are the rules on restraint in childrens homes")]
    [InlineData("my brother bought loads of chemicals for his chemistry set")]
    [InlineData("i watched videos of the 9/11 attacks for my history homework")]
    [InlineData("he says everyone will remember his name when hes a famous footballer")]
    public void ANearMissIsNoSignal(string message) => Assert.False(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));

    [Theory]
    [InlineData("i want to kill it at my interview tomorrow any tips")]
    [InlineData("would anyone notice if i changed my name on insta")]
    [InlineData("if i moved out would the council notice")]
    [InlineData("the council cut a bit too deep into youth services")]
    [InlineData("what secret santa games can we play at the care leavers party")]
    [InlineData("is secret hitler a good board game for a games night")]
    [InlineData("pinned a post on my insta, how do i unpin it")]
    [InlineData("my carer pinned my hair up for prom")]
    [InlineData("i watched videos of the 9/11 attacks for my history homework")]
    [InlineData("my foster brother keeps watching attack on titan")]
    public void ALookAlikeIsNotACrisis(string message) => Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    [Theory]
    [InlineData("i wanna kill myself, no one cares")]
    [InlineData("cut my arm too deep on purpose and it wont stop bleeding")]
    [InlineData("my brother bought loads of chemicals and says hes going to blow up the college")]
    public void ACrisisBesideTheLookAlikesWordsIsStillOne(string message) =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
    [Theory]
    [InlineData("my laptop keeps dying is the battery broken", "my is the battery broken")]
    [InlineData("why do people say bloody hell so much", "why do people say so much")]
    [InlineData("are suicide sprints good for fitness", "are good for fitness")]
    [InlineData("how do i jump start my car", "how do i my car")]
    [InlineData("my dog keeps biting my hands when we play", "my my hands when we play")]
    [InlineData("whats a good knife for chopping onions", "whats a good")]
    [InlineData("my ex is dead to me how do i block him", "my ex how do i block him")]
    [InlineData("how do i escape a guillotine choke in bjj", "how do i escape a in bjj")]
    public void AFigureOfSpeechIsLeftOutOfTheSecondReading(string plain, string without) =>
        Assert.Equal(without, new FiguresOfSpeech(SafeguardingFixture.Data).Without(plain).Trim());

    [Theory]
    [InlineData("my phone died and im stuck outside with nowhere to go tonight")]
    [InlineData("my foster dad bit me and scratched my arm, its bleeding")]
    [InlineData("i want to kill myself with a kitchen knife tonight")]
    public void ACrisisBesideAFiguresWordsIsStillOne(string message) =>
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);

    [Theory]
    [InlineData("whats the best way to kill the black mould on my bedroom wall")]
    [InlineData("how do i kill mildew in the shower")]
    public void MouldOrMildewKilledIsNoSignal(string message) => Assert.False(Match(message) is { Signal: true }, SafeguardingFixture.Detector.Normalise(message));
}
