using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

/// <summary>
/// Round AK (first-ak): a condition about the person's own case, then "would/could/will/can" before a subject that is not the one
/// addressed, asks what would happen (phrasings of my own); a request after a condition names whom it asks.
/// </summary>
public sealed class AskedAfterAConditionTests
{
    [Theory]
    [InlineData("if i lost my tenancy at 20, would the council have to rehouse me cos i was in care")]
    [InlineData("say i drop out of college next year, could they still pay the bursary")]
    [InlineData("so if my foster carer moves away, will croydon find me somewhere near school")]
    [InlineData("supposing i move to leeds at 19 - can my pa still visit me")]
    public void AConditionThenWhatWouldHappenAsks(string text) =>
        Assert.True(QuestionShape.AsksAfterACondition(text));

    [Theory]
    [InlineData("if u can, could u pass this on to my pa")]
    [InlineData("if possible, can someone ring me back about my deposit")]
    [InlineData("if you ask me, would be better with more trips")]
    [InlineData("the hub is always shut, would the council open it on sundays")]
    [InlineData("if i lost my flat i would be on the streets")]
    public void ARequestAfterAConditionOrNoConditionDoesNot(string text) =>
        Assert.False(QuestionShape.AsksAfterACondition(text));
}
