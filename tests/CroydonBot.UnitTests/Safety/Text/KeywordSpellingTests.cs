using CroydonBot.Safety.Text;

namespace CroydonBot.UnitTests.Safety.Text;

public sealed class KeywordSpellingTests
{
    private static readonly KeywordSpelling Spelling = new(["suicide", "overdose", "myself"], ["want", "kill", "rope"]);

    [Theory]
    [InlineData("wnat", "want")]
    [InlineData("klil", "kill")]
    [InlineData("rpoe", "rope")]
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
    public void AShortWordOneChangedLetterAwayIsLeftAlone(string token) => Assert.Equal(token, Spelling.Correct(token));
}
