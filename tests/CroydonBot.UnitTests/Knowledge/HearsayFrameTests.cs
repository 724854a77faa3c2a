using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class HearsayFrameTests
{
    [Theory]
    [InlineData("a girl at my sixth form said croydon was rated inadequate, is that still true", "croydon was rated inadequate, is that still true")]
    [InlineData("my mate from the youth club reckons the uni bursary is 2 grand", "the uni bursary is 2 grand")]
    [InlineData("someone at the leisure centre mentioned the care leaver covenant. what is that", "the care leaver covenant. what is that")]
    [InlineData("sum1 in my supported housing told me that PAs stop at 21??", "PAs stop at 21??")]
    // A place named without "my" or "the" (round AE).
    [InlineData("someone at college said the council gets a bad grade, true?", "the council gets a bad grade, true?")]
    public void WhoSaidItWhereIsNotTheClaim(string message, string claim)
    {
        Assert.Equal(claim, HearsayFrame.Claim(message));
    }

    [Theory]
    // The college speaks itself: it is the subject.
    [InlineData("my college said i cant enrol without id")]
    // No one reports anything: the place is what the message is about.
    [InlineData("someone at my college is being horrible to me, what can i do")]
    [InlineData("what did ofsted say about my school")]
    // "in care" is no place the teller was: only a few places are named without "my" or "the".
    [InlineData("people in care said the forum is good")]
    // Nothing after the frame.
    [InlineData("someone at the jobcentre said")]
    public void AMessageWithoutAReportedClaimHasNoFrame(string message)
    {
        Assert.Null(HearsayFrame.Claim(message));
    }

    [Fact]
    public void TheClaimIsTheFocusOfAFramedMessage()
    {
        Assert.Equal("the uni bursary is 2 grand, is that right", QuestionFocus.Of("someone in my flat reckons the uni bursary is 2 grand, is that right"));
    }
}
