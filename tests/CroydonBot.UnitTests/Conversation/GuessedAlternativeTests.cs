using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AJ (conv-aj): the asker's guess after a yes-or-no follow-up is no subject of the question.</summary>
public sealed class GuessedAlternativeTests
{
    [Theory]
    [InlineData("do they pay u for it or is it like volunteering", "do they pay u for it")]
    [InlineData("do u get paid, or is it just for fun", "do u get paid")]
    [InlineData("is the grant free money or is it like a loan", "is the grant free money")]
    [InlineData("does the coach come to ur house or r they more like on the phone", "does the coach come to ur house")]
    public void TheGuessAfterOrIsLeftOut(string question, string asked) => Assert.Equal(asked, GuessedAlternative.Without(question));

    [Theory]
    [InlineData("is that every year or just once")]
    [InlineData("does it cover rent or is it for furniture")]
    [InlineData("paid or is it like volunteering")]
    [InlineData("how much is the bursary")]
    public void AQuestionWithNoGuessOfItsOwnIsKept(string question) => Assert.Equal(question, GuessedAlternative.Without(question));
}
