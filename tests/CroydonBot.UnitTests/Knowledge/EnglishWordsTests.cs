using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Real English words the seeds never use were "corrected" into seed words one vowel away ("loads" into "leads"),
/// so the question searched for something never asked. With the word list they stay as typed; typos still mend.
/// </summary>
public sealed class EnglishWordsTests
{
    private static readonly Dictionary<string, int> Vocabulary = new()
    {
        ["leads"] = 30, ["fold"] = 2, ["seeing"] = 5, ["dad"] = 9, ["bursary"] = 6, ["accommodation"] = 12, ["that"] = 90,
        ["doing"] = 8, ["spend"] = 4,
    };

    private static readonly EnglishWords English = EnglishWords.Read(SeedPaths.Folder);

    private static readonly SpellingCorrector Speller = new(Vocabulary, English);

    [Theory]
    [InlineData("loads")] // "there were loads of complaints"
    [InlineData("food")] // "can i get help buying food"
    [InlineData("sleeping")] // "im sleeping on a mates sofa"
    [InlineData("dead")] // "my phone is dead"
    [InlineData("send")] // "can they send me the form"
    public void ARealWordTheSeedsNeverUseIsLeftAsTyped(string word)
    {
        Assert.Equal(word, Speller.Correct(word));
    }

    [Theory]
    [InlineData("bursery", "bursary")]
    [InlineData("accomodation", "accommodation")]
    [InlineData("thats", "that")] // no apostrophe: not on the list, so still read as the word meant
    public void TyposAndApostropheLessWordsAreStillCorrected(string typed, string expected)
    {
        Assert.Equal(expected, Speller.Correct(typed));
    }

    [Fact]
    public void WithoutTheListTheCorrectorBehavesAsBefore()
    {
        Assert.Equal("leads", new SpellingCorrector(Vocabulary).Correct("loads"));
    }

    [Fact]
    public void TheShippedListHoldsCommonWordsAndNoTypos()
    {
        Assert.True(English.Count > 10_000);
        Assert.True(English.Contains("loads"));
        Assert.False(English.Contains("accomodation"));
        Assert.False(English.Contains("thats"));
    }
}
