using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class LeetspeakTests
{
    [Theory]
    [InlineData("k1ll", "kill")]
    [InlineData("su1c1d3", "suicide")]
    [InlineData("0verd0se", "overdose")]
    [InlineData("5elf", "self")]
    [InlineData("d13", "die")]
    public void DigitsInsideAWordAreReadAsLetters(string token, string expected) => Assert.Equal(expected, Leetspeak.Word(token));

    [Theory]
    [InlineData("16")]
    [InlineData("3am")]
    [InlineData("16yo")]
    [InlineData("2nd")]
    [InlineData("500mg")]
    [InlineData("hello")]
    public void NumbersAndPlainWordsStayAsTheyAre(string token) => Assert.Equal(token, Leetspeak.Word(token));

    [Theory]
    [InlineData("d!e", "die")]
    [InlineData("k!ll myself", "kill myself")]
    [InlineData("@buse", "abuse")]
    [InlineData("$uicide", "suicide")]
    [InlineData("k|ll", "kill")]
    public void SymbolsBetweenLettersAreReadAsLetters(string text, string expected) => Assert.Equal(expected, Leetspeak.Symbols(text));

    [Theory]
    [InlineData("help!")]
    [InlineData("email me @ home")]
    [InlineData("it costs $5")]
    [InlineData("a + b")]
    public void PunctuationAroundWordsIsKept(string text) => Assert.Equal(text, Leetspeak.Symbols(text));
}
