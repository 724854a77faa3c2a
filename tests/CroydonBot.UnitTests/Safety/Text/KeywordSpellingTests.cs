using CroydonBot.Safety.Text;

namespace CroydonBot.UnitTests.Safety.Text;

public sealed class KeywordSpellingTests
{
    private static readonly KeywordSpelling Spelling = new(["suicide", "overdose", "myself"], ["die", "want", "kill", "rope"]);

    [Theory]
    [InlineData("wnat", "want")]
    [InlineData("klil", "kill")]
    [InlineData("rpoe", "rope")]
    [InlineData("dei", "die")] // three letters, when the short list has a three-letter word
    public void AShortKeywordWithTwoLettersSwappedIsRead(string token, string expected) => Assert.Equal(expected, Spelling.Correct(token));

    [Theory]
    [InlineData("suicde", "suicide")] // a letter missing
    [InlineData("siucide", "suicide")] // two letters swapped
    [InlineData("overdoze", "overdose")] // a letter changed
    [InlineData("myselff", "myself")] // a letter added
    public void ALongKeywordOneSlipAwayIsRead(string token, string expected) => Assert.Equal(expected, Spelling.Correct(token));

    [Theory]
    [InlineData("will")] // one changed letter from "kill", but a word of its own
    [InlineData("wait")]
    [InlineData("hope")]
    [InlineData("dye")] // one changed letter from "die": a word of its own
    [InlineData("the")]
    public void AShortWordOneChangedLetterAwayIsLeftAlone(string token) => Assert.Equal(token, Spelling.Correct(token));

    [Theory]
    [InlineData("overdose")]
    [InlineData("overdosed")]
    public void AKeywordOneSlipFromAnotherKeywordStaysItself(string token)
    {
        // Round M: the first long word one edit away used to win, so "overdose" was read as "overdosed" and back.
        var spelling = new KeywordSpelling(["overdose", "overdosed"], []);
        Assert.Equal(token, spelling.Correct(token));
    }
}
