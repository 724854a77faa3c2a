using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Speller = new(new Dictionary<string, int>
    {
        ["ofsted"] = 40, ["entitled"] = 5, ["inspection"] = 20, ["bursary"] = 6, ["offered"] = 2, ["other"] = 30, ["living"] = 9,
        ["stop"] = 12, ["checked"] = 9, ["rent"] = 15,
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

    [Theory]
    [InlineData("shop")]
    [InlineData("chicken")]
    [InlineData("rest")]
    public void ARealWordOneUnlikelyKeyAwayIsNotTurnedIntoAGuideWord(string word)
    {
        Assert.Equal(word, Speller.Correct(word));
    }

    [Theory]
    [InlineData("ofsyed", "ofsted")]
    [InlineData("burwary", "bursary")]
    public void ASlipOntoANeighbouringKeyIsStillCorrected(string typed, string expected)
    {
        Assert.Equal(expected, Speller.Correct(typed));
    }

    [Theory]
    [InlineData('t', 'y', true)]
    [InlineData('e', 'a', true)]
    [InlineData('h', 't', false)]
    [InlineData('n', 'd', false)]
    public void ASlipIsANeighbouringKeyOrAnotherVowel(char typed, char meant, bool slip)
    {
        Assert.Equal(slip, SpellingCorrector.IsSlip(typed, meant));
    }
}
