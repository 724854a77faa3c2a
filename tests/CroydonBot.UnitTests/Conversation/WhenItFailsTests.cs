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
    // Round AA (context-aa): after asking whom to go to.
    [InlineData("and who do i go to if she never answers")]
    [InlineData("who should i call if they just dont come round")]
    [InlineData("what do i do if mine isnt replying")]
    // Round AJ (help-aj): whom to go to asked after the "if" part.
    [InlineData("and wat if mine just never replies, who do i go to")]
    [InlineData("what if she doesnt turn up, who do i tell")]
    [InlineData("and if she never rings back what do i do then")]
    public void AShortIfThatItFailsAsksForTheNextStep(string text) => Assert.True(WhenItFails.Asks(text), text);

    [Theory]
    // The asker's own condition, a question naming its own subject at length, no negation, or no "if" at the start.
    [InlineData("what if i dont go to uni")]
    [InlineData("and if im not at college")]
    [InlineData("what if they move me to a different borough")]
    [InlineData("they dont answer the phone if i ring after 5")]
    [InlineData("what if they dont sort it and i end up sleeping at my mates for weeks")]
    [InlineData("where do i live if they dont let me stay")]
    [InlineData("who do i ask if i dont have a pa")]
    [InlineData("who do i ask if my landlord wants me out")]
    [InlineData("what if i dont get the grant, who do i ask")]
    [InlineData("what if they move me out of croydon and my college is miles away who do i tell")]
    public void LookAlikesDoNotAsk(string text) => Assert.False(WhenItFails.Asks(text), text);
}
