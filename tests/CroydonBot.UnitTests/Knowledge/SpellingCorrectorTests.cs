using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Speller = new(new Dictionary<string, int>
    {
        ["ofsted"] = 40, ["entitled"] = 5, ["inspection"] = 20, ["bursary"] = 6, ["offered"] = 2, ["other"] = 30, ["living"] = 9,
    });

    [Theory]
    [InlineData("ofstead", "ofsted")]
    [InlineData("entitld", "entitled")]
    [InlineData("inspectoin", "inspection")]
    [InlineData("bursery", "bursary")]
    public void TyposAreCorrectedToTheKnowledgeBasesOwnWords(string typed, string expected)
    {
        Assert.Equal(expected, Speller.Correct(typed));
    }

    [Theory]
    [InlineData("ofsted")]
    [InlineData("film")]
    [InlineData("2024")]
    [InlineData("u")]
    public void KnownShortOrUnplaceableWordsAreLeftAlone(string word)
    {
        Assert.Equal(word, Speller.Correct(word));
    }

    [Theory]
    [InlineData("brother")]
    [InlineData("driving")]
    public void ARealWordIsNotTurnedIntoAGuideWordThatStartsDifferently(string word)
    {
        Assert.Equal(word, Speller.Correct(word));
    }

    [Fact]
    public void ASwapOfTwoLettersCountsAsOneEdit()
    {
        Assert.Equal(1, SpellingCorrector.Distance("ofsetd", "ofsted", 2));
    }
}
