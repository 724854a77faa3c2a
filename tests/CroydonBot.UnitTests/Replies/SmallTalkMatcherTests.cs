using CroydonBot.Replies;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Replies;

public sealed class SmallTalkMatcherTests
{
    private static SmallTalkMatcher Matcher => RealContent.SmallTalk;

    [Theory]
    [InlineData("hello", "greeting")]
    [InlineData("Hiya!!", "greeting")]
    [InlineData("thanks x", "thanks")]
    [InlineData("thank u", "thanks")]
    [InlineData("who are u", "whoareyou")]
    [InlineData("what kinda stuff can i ask u", "help")]
    [InlineData("help", "help")]
    public void SmallTalkIsRecognisedFromTheDataFile(string text, string? intent)
    {
        Assert.Equal(intent, Matcher.Match(text)?.Name);
    }

    [Theory]
    [InlineData("hi what can i get as a care leaver")]
    [InlineData("what did ofsted say in 2024")]
    [InlineData("")]
    public void QuestionsAreNotSmallTalk(string text)
    {
        Assert.Null(Matcher.Match(text));
    }
}
