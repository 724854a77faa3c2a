using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Replies;

public sealed class SomeoneElsesCouncilTests
{
    [Theory]
    [InlineData("my mate in another borough only got 1500, whats the minimum", "my mate only got 1500, whats the minimum")]
    [InlineData("how much is the setting up home grant? my friend in a different council got 3k", "how much is the setting up home grant? my friend got 3k")]
    [InlineData("my cousin in manchester said theres a new law for care leavers, is that real", "my cousin said theres a new law for care leavers, is that real")]
    [InlineData("my mate from lambeth borough got loads", "my mate got loads")]
    public void TheCouncilSomeoneElseLivesInIsTakenOut(string message, string expected) =>
        Assert.Equal(expected, SomeoneElsesCouncil.Without(message));

    [Theory]
    [InlineData("what does lambeth give care leavers")]
    [InlineData("im moving to another borough, do i keep my pa")]
    [InlineData("my mate in care got a bursary")]
    public void AMessageWithNoOneElsesCouncilIsLeftAlone(string message) => Assert.Null(SomeoneElsesCouncil.Without(message));

    [Fact]
    public void TheOtherCouncilAskedAboutInItsOwnRightStaysNamed() =>
        Assert.Equal("my mate is a care leaver, whats birminghams local offer",
            SomeoneElsesCouncil.Without("my mate in birmingham is a care leaver, whats birminghams local offer"));
}
