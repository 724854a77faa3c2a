using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Replies;

public sealed class OutOfScopeTextTests
{
    [Theory]
    [InlineData("What do Care Leavers get in WALES", "what do care leavers get in wales")]
    [InlineData("Wales's rules", "waless rules")]
    [InlineData("the children\u2019s commissioner", "the childrens commissioner")]
    [InlineData("no apostrophe at all", "no apostrophe at all")]
    public void AMessageIsLowerCasedWithItsApostrophesGone(string message, string expected) =>
        Assert.Equal(expected, OutOfScopeText.Normalise(message));

    [Fact]
    public void ASubjectWrittenWithAnApostropheIsFoundInAMessageWithout()
    {
        var data = new OutOfScopeData { Topics = [new OutOfScopeData.Topic { Name = "wales", Subjects = ["Children's Commissioner for Wales"] }] };

        Assert.Equal("childrens commissioner for wales", new OutsideSubjectMatcher(data).Match("what does the childrens commissioner for wales do", _ => false)?.Subject);
    }
}
