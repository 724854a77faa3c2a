using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round Z (safe-z2): harm to another child or young person, told in the third person by the writer (a sibling, a mate, a
/// child in the same foster home), often in passing inside an ordinary question; and such a child gone missing, told with a
/// few words about them first. Phrasings written for these tests, none
/// from a batch; with look-alikes in the same words (a story, the news, a report, history, a game, a thing hit, a fight
/// between children) that the patterns must not read as a crisis.
/// </summary>
public sealed class HarmToAnotherChildTests
{
    private static readonly SafeguardingDetector Detector = SafeguardingFixture.Detector;

    [Theory]
    [InlineData("my little sister says her dad hits her and locks her in her room")]
    [InlineData("my mate's stepdad hits her, what can i do")]
    [InlineData("the boy in my foster home gets locked in his room with no food")]
    [InlineData("my brother says his foster carers dont feed him, he's 8")]
    [InlineData("my younger cousin is getting hurt by her mums boyfriend")]
    [InlineData("my little brother is in danger at home right now")]
    [InlineData("my old carer used to touch me and now hes doing it to my little sister")]
    [InlineData("my little brother gets beaten by my step dad when i'm not there")]
    [InlineData("quick one about my bursary. also my little brother told me at contact that his foster carers lock him in the garden shed when hes naughty. hes 7. when does the bursary get paid")]
    [InlineData("can i get help with a provisional licence? btw my mates step dad keeps touching her and she is only 14")]
    [InlineData("is the leaving care grant paid in one go. the other kid at my placement gets locked in his room all weekend")]
    public void HarmToAnotherChildIsAnAbuseSignal(string message)
    {
        var match = Detector.Detect(message);
        Assert.True(match is { Signal: true }, $"no signal in: {message}");
        Assert.Equal("abuse-being-hurt", match!.Category);
    }

    [Theory]
    [InlineData("in the film her dad hits her and my sister cried")]
    [InlineData("in eastenders her dad hits her and my little sister was scared")]
    [InlineData("in the news a dad hits her and locks the kids in, so sad")]
    [InlineData("the 2017 ofsted report said children at risk of harm were not safe")]
    [InlineData("in history we learned victorian children were beaten at school")]
    [InlineData("my brother hit me back in a game")]
    [InlineData("my sister says her dad hit her car in the car park lol")]
    [InlineData("my little brother got hit by a ball at football")]
    [InlineData("my little sister hit him back cos he took her toy")]
    [InlineData("my friends dad picks her up from college, can i get a lift too")]
    [InlineData("my foster carers are doing the same to the other kids, letting them stay up late")]
    [InlineData("can i get help with a provisional licence? my sister says her dad is teaching her to drive")]
    [InlineData("my mum hugs my little sister every night")]
    [InlineData("my foster carer said i could stay when im 18 but my mate reckons u get kicked out at 18?? is there a rule")]
    // Round Z (lead): a child no one names is no child the writer knows: a wish that none gets hurt is no disclosure.
    [InlineData("i want to help so that no other child gets hurt the way i was hurt in care, what can i sign up to")]
    [InlineData("how do we make sure no other kids get beaten in their placements like back then")]
    public void LookAlikesAreNoSignal(string message) =>
        Assert.True(Detector.Detect(message) is not { Signal: true }, $"signal in: {message}");

    [Theory]
    [InlineData("my foster sister who is 15 and at my old placement has been missing since tuesday")]
    [InlineData("my best mate from college is in care and nobody knows where she is since last night")]
    public void AnotherChildGoneMissingIsAMissingSignal(string message)
    {
        var match = Detector.Detect(message);
        Assert.True(match is { Signal: true }, $"no signal in: {message}");
        Assert.Equal("missing", match!.Category);
    }

    // A pet, or a plan nobody knows: no child missing.
    [Theory]
    [InlineData("my sisters cat has been missing since friday, can the council help")]
    [InlineData("my little brother is away on a school trip and nobody knows where they are going next lol")]
    public void MissingLookAlikesAreNoSignal(string message) =>
        Assert.True(Detector.Detect(message) is not { Signal: true }, $"signal in: {message}");
}
