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
}
