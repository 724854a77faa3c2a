using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AJ (conv-aj): the tag closing a claim put to the bot points at that claim, not at anything said before.</summary>
public sealed class ClaimCheckTests
{
    [Theory]
    [InlineData("universal credit only gives me the shared room rate for my rent, is that right", "universal credit only gives me the shared room rate for my rent")]
    [InlineData("my pa said i get 3 grand for my flat is that true?", "my pa said i get 3 grand for my flat")]
    [InlineData("the bus card is half price, is it true", "the bus card is half price")]
    [InlineData("someone told me the swimming pass is free - is this correct?", "someone told me the swimming pass is free")]
    public void AClaimLosesItsClosingTag(string question, string claim) => Assert.Equal(claim, ClaimCheck.Without(question));

    [Theory]
    [InlineData("is that true")]
    [InlineData("so is that right?")]
    [InlineData("does that count for me")]
    [InlineData("is that the same in sutton")]
    public void AQuestionWithNoClaimOfItsOwnIsKept(string question) => Assert.Equal(question, ClaimCheck.Without(question));
}
