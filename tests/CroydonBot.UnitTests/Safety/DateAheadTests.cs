using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round F (safeguard): nowhere to stay told about a date ahead ("my tenancy ends in the spring and ill have nowhere
/// to live") is a housing worry the learned layer weighs, not a crisis outright; the same with "tonight", and every
/// other kind of risk told about a date ahead, still is one. Round G: the same for nowhere to stay only feared ("i might
/// end up with nowhere", a topic the learned layer weighs) and for sofa surfing with a date ahead; being pushed to apply
/// is not being pushed. Phrasings written for these tests, none from a batch.
/// </summary>
public sealed class DateAheadTests
{
    private static readonly SafeguardingDetector Detector = SafeguardingFixture.Detector;

    [Theory]
    [InlineData("the council says my supported flat finishes in three months and ill have nowhere to live")]
    [InlineData("when the student halls close ive got nowhere to stay, who helps with that")]
    [InlineData("my lease is up at the end of the academic year and i have nowhere to go after")]
    [InlineData("my foster carers are moving abroad next summer so ill have nowhere to live")]
    [InlineData("ive been sofa surfing at my cousins but she wants her sofa back after easter")] // round G: sofa surfing at a date ahead
    [InlineData("ive no family to go back to and nowhere to stay when uni finishes")]
    [InlineData("if my placement falls apart i might end up with nowhere to stay, who would help")] // a feared future, a topic
    [InlineData("im worried i could be left with nowhere to live if the college course ends early")]
    public void NowhereToStayAtADateAheadIsWeighedNotACrisisOutright(string message)
    {
        var match = Detector.Detect(message);
        Assert.NotNull(match);
        Assert.Equal("nowhere-to-stay", match.Category);
        Assert.False(match.Signal);
    }

    [Theory]
    [InlineData("my lease ends next month but tonight ive got nowhere to sleep")] // a date ahead and now: now wins
    [InlineData("i got kicked out today and ive got nowhere to go")]
    [InlineData("the hostel shuts in a few weeks but im sat outside it right now with nowhere to go")]
    [InlineData("havent slept in a proper bed in three weeks and ive got nowhere to go")] // "in three weeks" told as the past
    [InlineData("ive got 2 days to get out and nowhere to go")] // days are too close to now to be weighed
    [InlineData("im scared ill have nowhere to sleep tonight")] // a fear, but about tonight
    [InlineData("been sofa surfing for months and my mate says i cant stay there anymore")]
    public void NowhereToStayNowIsStillASignal(string message) =>
        Assert.True(Detector.Detect(message) is { Signal: true });

    [Theory]
    [InlineData("my brother says next week hes going to stab me")]
    [InlineData("im going to kill myself at the end of the month")]
    [InlineData("in the summer my dad is forcing me to marry my cousin")]
    public void OtherRisksAtADateAheadAreNotSoftened(string message) =>
        Assert.True(Detector.Detect(message) is { Signal: true });

    [Theory]
    [InlineData("my landlord is kicking us out in january, does the council have to help a care leaver")]
    [InlineData("the agency keeps kicking me out of the waiting list for no reason")]
    [InlineData("what if i get kicked out of my student halls, where would i go")] // round G
    [InlineData("my social worker keeps pushing me to sign up for the youth panel")] // pushed to apply is encouragement
    [InlineData("my carer pushed me into trying out for the football team")]
    public void BeingKickedOutOrPushedToApplyIsNotBeingHurt(string message) =>
        Assert.NotEqual("abuse-being-hurt", Detector.Detect(message)?.Category);

    [Theory]
    [InlineData("my stepdad kicks me when hes drunk")]
    [InlineData("my stepbrother keeps pushing me into the wall when mum goes out")]
    [InlineData("she pushed me to the floor and stood on my hand")]
    [InlineData("i keep getting kicked by the older boys at the hostel")]
    public void BeingKickedOrPushedIsStillAbuse(string message) =>
        Assert.Equal("abuse-being-hurt", Detector.Detect(message)?.Category);
}
