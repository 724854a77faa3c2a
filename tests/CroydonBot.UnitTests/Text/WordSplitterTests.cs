using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class WordSplitterTests
{
    private static readonly WordSplitter Splitter = new(new HashSet<string> { "want", "to", "die", "kill", "myself", "therapist", "the", "rap", "end", "it", "all", "buses" });

    [Theory]
    [InlineData("iwanttodie", new[] { "i", "want", "to", "die" })]
    [InlineData("killmyself", new[] { "kill", "myself" })]
    [InlineData("enditall", new[] { "end", "it", "all" })]
    public void AWordTypedWithoutSpacesIsSplitIntoKnownWords(string word, string[] expected) => Assert.Equal(expected, Splitter.Split(word));

    [Theory]
    [InlineData("therapist")] // known: never "the rapist"
    [InlineData("wantxyzdie")] // a piece is unknown
    [InlineData("abuses")] // "a buses": an unknown form of a word, not two words
    [InlineData("kill")] // too short to be run together
    public void AKnownOrUnsplittableWordStaysWhole(string word) => Assert.Null(Splitter.Split(word));
}
