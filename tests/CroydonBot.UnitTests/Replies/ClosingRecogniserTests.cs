using CroydonBot.Replies;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Replies;

/// <summary>Closings in words of their own (not the batches'): thanks or goodbye with praise, being done, or a next step.</summary>
public sealed class ClosingRecogniserTests
{
    private static SmallTalkMatcher Matcher => RealContent.SmallTalk;

    [Theory]
    [InlineData("wow thank you that was really useful")]
    [InlineData("Many thanks, that's all I wanted. Bye!")]
    [InlineData("right i'll ring the leaving care team tomorrow. cheers")]
    [InlineData("aww ty, you've been a big help x")]
    [InlineData("ok im gonna email my PA now, thanks bye")]
    // Praise of the help itself, with no thanks, is a reaction to the answer too (round F's merged small talk).
    [InlineData("that was really useful")]
    // Round G: one recogniser reads every closing (the closing pattern of smalltalk.yaml is gone): thanks with a weak
    // reaction, slang thanks, being done with its "no", a bare reaction, and a next step naming only whom to ask.
    [InlineData("ok ty that helps loads")]
    [InlineData("safe thanks bro")]
    [InlineData("no further questions, cheers")]
    [InlineData("sound, cheers thats everything")]
    [InlineData("perfect")]
    [InlineData("right ill phone the leaving care team tomorrow")]
    // Round H: London slang, "safe" for thanks and bye, "sick" for great beside thanks.
    [InlineData("safe fam")]
    [InlineData("sick, cheers mate")]
    // Round I: thanks for trying, after an answer that did not help.
    [InlineData("oh well cheers anyway")]
    // Round K (dialog-k): accepting a "no" with thanks.
    [InlineData("haha fair enough, cheers")]
    public void ThanksWithPraiseBeingDoneOrANextStepIsAClosing(string text) => Assert.Equal("closing", Matcher.Match(text)?.Name);

    [Theory]
    [InlineData("thanks but my PA still never rings me back")]
    [InlineData("thank you, how do i apply for it?")]
    [InlineData("thanks for nothing, that was useless")]
    [InlineData("thanks, my PA sorted my bank account for me")]
    [InlineData("my PA was really useful when i moved")]
    [InlineData("i'll ask my PA about the bursary")]
    [InlineData("thanks, i want to know more about staying put")]
    [InlineData("ok so is it every year")]
    [InlineData("cheers, nothing else has worked for me")]
    // "sick" alone may mean ill: it fills a closing, never makes one.
    [InlineData("im sick")]
    [InlineData("i dont feel safe")]
    // Round K (dialog-k): a question asked by inversion after a statement, with no mark, is no next step.
    [InlineData("im 16 should i go")]
    [InlineData("im 17 could i apply")]
    public void ThanksWithAQuestionAComplaintOrNewsOrPraiseOfSomeoneIsNot(string text) => Assert.NotEqual("closing", Matcher.Match(text)?.Name);
}
