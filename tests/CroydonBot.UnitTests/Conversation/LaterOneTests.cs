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
    public void AShortAskForNowAsks(string text) => Assert.True(LaterOne.AsksNow(text), text);

    [Theory]
    // "now" beside a subject or question of its own ("good", "pay") asks that, not merely the newest one.
    [InlineData("so is it good now")]
    [InlineData("can i get it now")]
    [InlineData("who pays for it now")]
    [InlineData("is it open now or closed")]
    public void LookAlikesDoNotAskNow(string text) => Assert.False(LaterOne.AsksNow(text), text);

    [Fact]
    public void TheWordsOfItsOwnAreWhatItAsksAbout() => Assert.Equal(["happened"], LaterOne.OwnWords("so what happened after that"));
}
