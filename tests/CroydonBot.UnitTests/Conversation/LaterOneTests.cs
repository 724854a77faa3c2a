using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round S (ctx-s): a short follow-up asking what came after the thing just answered, or how it is now.</summary>
public sealed class LaterOneTests
{
    [Theory]
    [InlineData("and after?")]
    [InlineData("n then?")]
    [InlineData("ok what came next")]
    [InlineData("the one after that")]
    [InlineData("what happened afterwards")]
    [InlineData("and later?")]
    [InlineData("so it went downhill after that then?")]
    public void AShortAskForTheNextOneAsks(string text) => Assert.True(LaterOne.AsksAfter(text), text);

    [Theory]
    // The asker's own timing, an age or year of its own, a subject of its own, or a bare "then" closing a question.
    [InlineData("what do i do after that")]
    [InlineData("and after 21?")]
    [InlineData("what did the council promise to fix after that")]
    [InlineData("who runs it then")]
    [InlineData("then")]
    [InlineData("and what about now")]
    [InlineData("can i still get it after i finish uni")]
    public void LookAlikesDoNotAskAfter(string text) => Assert.False(LaterOne.AsksAfter(text), text);

    [Theory]
    [InlineData("and now")]
    [InlineData("what about now?")]
    [InlineData("hows it now")]
    [InlineData("n what is it like today")]
    [InlineData("and currently?")]
    [InlineData("so is it any good now or not")]
    public void AShortAskForNowAsks(string text) => Assert.True(LaterOne.AsksNow(text), text);

    [Theory]
    // The asker's own "now", or "now" beside a question of its own ("who pays", "how much") that the newest section's heading
    // would not say.
    [InlineData("can i get it now")]
    [InlineData("who pays for it now")]
    [InlineData("how much does the bursary pay now")]
    [InlineData("im 19 now")]
    public void LookAlikesDoNotAskNow(string text) => Assert.False(LaterOne.AsksNow(text), text);

    [Fact]
    public void TheWordsOfItsOwnAreWhatItAsksAbout()
    {
        Assert.Equal(["happened"], LaterOne.OwnWords("so what happened after that"));
        Assert.Equal(["good"], LaterOne.OwnWords("so is it good now or not"));
    }
}
