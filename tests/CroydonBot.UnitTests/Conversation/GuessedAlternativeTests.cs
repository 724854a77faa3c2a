using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.UnitTests.Dialogs;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AJ (conv-aj): the asker's guess after a yes-or-no follow-up is no subject of the question.</summary>
public sealed class GuessedAlternativeTests
{
    /// <summary>The real follow-up words, so "that" and "it" point back as they do in the bot.</summary>
    private static readonly FollowUpReader Reader = new(YamlFile.Read<FollowUpWords>(DialogFiles.Path(FollowUpWords.File)));

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

    // Round AN (follow-an): a guess pointing at the first half's own subject is left out when that half points back at nothing.
    [Theory]
    [InlineData("also does croydon do gym membership for care leavers or was that a rumour", "also does croydon do gym membership for care leavers")]
    [InlineData("and do i keep my PA while im at uni or does that end", "and do i keep my PA while im at uni")]
    [InlineData("do the ambassadors chair the board, or is that someone else", "do the ambassadors chair the board")]
    [InlineData("do they pay u for it or is it like volunteering", "do they pay u for it")]
    public void APointingGuessAfterAQuestionOfItsOwnIsLeftOut(string question, string asked) =>
        Assert.Equal(asked, GuessedAlternative.Without(question, Reader.PointsBack));

    [Theory]
    [InlineData("was it always like that or was it bad before")]
    [InlineData("does it cover rent or is it for furniture")]
    [InlineData("is it still a thing now or did it stop")]
    [InlineData("paid or was that a rumour")]
    [InlineData("are children in care services still just making progress or are they rated good now")]
    [InlineData("how much is the bursary")]
    public void APointingGuessIsKeptWhenTheQuestionBeforeItPointsBackToo(string question) =>
        Assert.Equal(question, GuessedAlternative.Without(question, Reader.PointsBack));
}
