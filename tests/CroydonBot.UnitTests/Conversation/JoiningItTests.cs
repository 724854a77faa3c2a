using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>
/// Round AJ (help-aj): a follow-up that only asks how to join or sign up for the thing talked about. None of these phrasings is an
/// eval line.
/// </summary>
public sealed class JoiningItTests
{
    [Theory]
    [InlineData("how do i sign up for it")]
    [InlineData("how do i sign up 4 it")]
    [InlineData("so how can i join then")]
    [InlineData("can i join")]
    [InlineData("who do i talk to about joining")]
    [InlineData("who do i talk 2 about it")]
    [InlineData("how do i get involved")]
    [InlineData("ok how would i become one")]
    public void OnlyAskingHowToJoinIsRecognised(string question) => Assert.True(JoiningIt.Asks(question), question);

    [Theory]
    [InlineData("how do i join the gym")]
    [InlineData("can i join the young ambassadors if im 24")]
    [InlineData("how do i sign up for the bus card")]
    [InlineData("who do i talk to about my pathway plan")]
    [InlineData("how do i apply for the bursary")]
    public void JoiningSomethingNamedIsNotRead(string question) => Assert.False(JoiningIt.Asks(question), question);
}
