using System.Text.RegularExpressions;
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
    // Round I: a greeting that checks someone is there, nothing asked yet.
    [InlineData("hey is this the croydonbot?", "greeting")]
    [InlineData("hiya r u there", "greeting")]
    [InlineData("bot are you still there", "greeting")]
    // Round K (dialog-k): a greeting that says who is there (a role or a name) asks nothing yet.
    [InlineData("Hi there, I'm a social worker", "greeting")]
    [InlineData("good morning, my name is Priya", "greeting")]
    // A change of mind with a softener after it changes nothing: it is still a change of mind.
    [InlineData("nah never mind actually", "nevermind")]
    [InlineData("forget it lol", "nevermind")]
    [InlineData("ok leave it sorry", "nevermind")]
    [InlineData("forget about it tho", "nevermind")]
    public void SmallTalkIsRecognisedFromTheDataFile(string text, string? intent)
    {
        Assert.Equal(intent, Matcher.Match(text)?.Name);
    }

    [Theory]
    [InlineData("hi what can i get as a care leaver")]
    [InlineData("what did ofsted say in 2024")]
    [InlineData("hi is this the place to ask about the leaving care grant")]
    [InlineData("")]
    [InlineData("hi im a care leaver can i get help with rent")]
    [InlineData("hi im stuck with my housing form")]
    [InlineData("forget it actually, what about the bursary")]
    [InlineData("never mind that, how much is the setting up home allowance")]
    public void QuestionsAreNotSmallTalk(string text)
    {
        Assert.Null(Matcher.Match(text));
    }

    [Fact]
    public void APatternThatRunsOutOfTimeIsNotSmallTalkAndDoesNotFailTheTurn()
    {
        // Nested quantifiers backtrack exponentially on a near-miss, far past the 200 ms limit: the matcher must treat the
        // timeout as "not small talk" rather than throw.
        var data = new SmallTalkData { Intents = [new SmallTalkData.Intent { Name = "slow", Regex = ["(a+)+b"], Replies = ["x"] }] };
        var matcher = new SmallTalkMatcher(data);
        var nearMiss = new string('a', 40) + "c";
        // The premise: the pattern on its own does run out of time.
        Assert.Throws<RegexMatchTimeoutException>(() =>
            new Regex("^(?:(a+)+b)$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)).IsMatch(nearMiss));

        Assert.Null(matcher.Match(nearMiss));
    }
}
