using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round F (safeguard): nowhere to stay told about a date ahead ("my tenancy ends in the spring and ill have nowhere
/// to live") is a housing worry the learned layer weighs, not a crisis outright; the same with "tonight", and every
/// other kind of risk told about a date ahead, still is one. Phrasings written for these tests, none from a batch.
/// </summary>
public sealed class DateAheadTests
{
    private static readonly SafeguardingDetector Detector = SafeguardingFixture.Detector;

    [Theory]
    [InlineData("the council says my supported flat finishes in three months and ill have nowhere to live")]
    [InlineData("when the student halls close ive got nowhere to stay, who helps with that")]
    [InlineData("my lease is up at the end of the academic year and i have nowhere to go after")]
    [InlineData("my foster carers are moving abroad next summer so ill have nowhere to live")]
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
    public void BeingKickedOutIsNotBeingKicked(string message) =>
        Assert.NotEqual("abuse-being-hurt", Detector.Detect(message)?.Category);

    [Fact]
    public void BeingKickedIsStillAbuse() =>
        Assert.Equal("abuse-being-hurt", Detector.Detect("my stepdad kicks me when hes drunk")?.Category);
}
