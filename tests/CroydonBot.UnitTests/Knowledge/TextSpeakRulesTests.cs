using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class TextSpeakRulesTests
{
    private static readonly HashSet<string> Known = ["inspection", "give", "getting", "kids", "great", "together", "cabin", "have", "then", "them"];

    [Theory]
    [InlineData("inspecshun", "inspection")]
    [InlineData("giv", "give")]
    [InlineData("hav", "have")]
    [InlineData("gettin", "getting")]
    [InlineData("kidz", "kids")]
    [InlineData("gr8", "great")]
    [InlineData("2gether", "together")]
    [InlineData("den", "then")]
    [InlineData("dem", "them")]
    public void PatternsOfTextSpeakGiveTheWordMeant(string typed, string plain)
    {
        Assert.Equal(plain, TextSpeakRules.Rewrite(typed, Known.Contains));
    }

    [Theory]
    [InlineData("cabin")]   // known already
    [InlineData("robin")]   // "robing" is no known word: a real word is left alone
    [InlineData("18th")]    // a number, not a sound
    [InlineData("quiz")]    // "quis" is unknown
    [InlineData("dad")]     // "thad" is unknown
    [InlineData("dry")]     // no vowel after the "d": not a "th" said as "d"
    public void WordsNoPatternMakesKnownAreLeftAlone(string typed)
    {
        Assert.Null(TextSpeakRules.Rewrite(typed, Known.Contains));
    }
}
