using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AN (follow-an, part 2): asking whom to go to when someone of the subject fails or is gone.</summary>
public sealed class WhomToAskTests
{
    [Theory]
    [InlineData("what if mine just never turns up who do i even tell")]
    [InlineData("mine literally never answers my msgs who do i go to")]
    [InlineData("who do i ask if mine left")]
    [InlineData("and who do i ask if mine never turns up, shes cancelled 3 times")]
    public void AskingWhomToGoToWhenTheyFailIsRead(string text) => Assert.True(WhomToAsk.Asks(text));

    [Theory]
    [InlineData("who do i complain to if they dont sort it")]
    [InlineData("who do i ask about the bursary")]
    [InlineData("how often r they meant to see me")]
    [InlineData("what if i dont go to uni who do i tell")]
    public void OtherQuestionsAreNot(string text) => Assert.False(WhomToAsk.Asks(text));
}
