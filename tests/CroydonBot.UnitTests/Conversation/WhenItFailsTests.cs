using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round Q (scripts-s): a short "if" that the last step fails asks for the next step.</summary>
public sealed class WhenItFailsTests
{
    [Theory]
    [InlineData("and if they never get back to me")]
    [InlineData("what if it still isnt fixed")]
    [InlineData("but what if the council wont listen")]
    [InlineData("if mine doesnt turn up")]
    [InlineData("what if nobody replies")]
    public void AShortIfThatItFailsAsksForTheNextStep(string text) => Assert.True(WhenItFails.Asks(text), text);

    [Theory]
    // The asker's own condition, a question naming its own subject at length, no negation, or no "if" at the start.
    [InlineData("what if i dont go to uni")]
    [InlineData("and if im not at college")]
    [InlineData("what if they move me to a different borough")]
    [InlineData("they dont answer the phone if i ring after 5")]
    [InlineData("what if they dont sort it and i end up sleeping at my mates for weeks")]
    public void LookAlikesDoNotAsk(string text) => Assert.False(WhenItFails.Asks(text), text);
}
