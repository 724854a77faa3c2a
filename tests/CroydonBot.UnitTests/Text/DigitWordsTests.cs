using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class DigitWordsTests
{
    private static string Read(string text) => string.Join(' ', DigitWords.Read(text.Split(' ')));

    [Theory]
    [InlineData("fastest way 2 go", "fastest way to go")]
    [InlineData("nowhere 2 sleep and nobody 4 me", "nowhere to sleep and nobody for me")]
    [InlineData("want 2 end it", "want to end it")]
    public void ADigitBetweenWordsIsReadAsTheWordItStandsFor(string text, string expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("i need 2 pills for my headache")]
    [InlineData("havent eaten in 4 days")]
    [InlineData("looking at a 2 bed flat")]
    [InlineData("they say i owe them 2 grand")]
    [InlineData("call 0800 1111 or 116 123")]
    [InlineData("2 of my mates are coming")]
    [InlineData("2 weeks till my pathway plan review")]
    public void ADigitThatCountsWhatFollowsOrStandsAloneStaysANumber(string text) => Assert.Equal(text, Read(text));
}
