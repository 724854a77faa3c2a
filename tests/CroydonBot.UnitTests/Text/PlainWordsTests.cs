using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class PlainWordsTests
{
    // Of reads ASCII messages by a shorter road than the one Split takes; both must give the same words.
    [Theory]
    [InlineData("Tell me MORE!!", "tell me more")]
    [InlineData("  whats the   grant,, for uni?? ", "whats the grant for uni")]
    [InlineData("i'm 19 and got £1,500, is that right", "im 19 and got £1,500 is that right")]
    [InlineData("it's 2,000, or 3,000,, isn't it", "its 2,000 or 3,000 isnt it")]
    [InlineData("'quoted' words -- and a,b,c", "quoted words and a b c")]
    [InlineData("already plain words", "already plain words")]
    [InlineData("Caf\u00E9 CAF\u00C9 \u2019cos", "caf\u00E9 caf\u00E9 cos")]
    [InlineData("!!! ??? ...", "")]
    [InlineData("", "")]
    public void WordsAreLowerCasePlainAndSingleSpaced(string typed, string words)
    {
        Assert.Equal(words, PlainWords.Of(typed));
        Assert.Equal(words, string.Join(' ', PlainWords.Split(typed)));
    }

    [Theory]
    [InlineData("Tell me MORE!!")]
    [InlineData("  whats the   grant,, for uni?? ")]
    [InlineData("!!! ??? ...")]
    [InlineData("")]
    public void WordsOfAreThePlainWordsSplitAtTheirSpaces(string typed)
    {
        var expected = PlainWords.Of(typed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, PlainWords.WordsOf(typed));
        Assert.Equal(expected, PlainWords.WordsOf(typed));
    }

    [Fact]
    public void ACallerChangingItsWordsChangesNoOtherCallersWords()
    {
        var first = PlainWords.WordsOf("is my PA still around");
        first[2] = "changed";
        Assert.Equal(["is", "my", "pa", "still", "around"], PlainWords.WordsOf("is my PA still around"));
    }

    [Fact]
    public void TwoMessagesAskedInTurnEachKeepTheirOwnWords()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(["how", "much", "is", "the", "bursary"], PlainWords.WordsOf("How much is the bursary?"));
            Assert.Equal(["and", "for", "uni"], PlainWords.WordsOf("and for uni"));
            Assert.Equal(["whos", "my", "pa"], PlainWords.WordsOf("whos my PA"));
        }
    }
}
