using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class SpacedLettersTests
{
    [Fact]
    public void ThreeOrMoreSingleLettersInARowAreJoined() =>
        Assert.Equal(["i", "want", "to", "die"], SpacedLetters.Join(["i", "want", "to", "d", "i", "e"]));

    [Fact]
    public void AWholeSentenceSpelledOutBecomesOneRun() =>
        Assert.Equal(["killmyself"], SpacedLetters.Join(["k", "i", "l", "l", "m", "y", "s", "e", "l", "f"]));

    [Fact]
    public void OneOrTwoSingleLettersAreOrdinaryWords() =>
        Assert.Equal(["i", "need", "a", "flat"], SpacedLetters.Join(["i", "need", "a", "flat"]));
}
