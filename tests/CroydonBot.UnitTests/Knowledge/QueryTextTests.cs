using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QueryTextTests
{
    private static readonly QueryText Text = new(new Dictionary<string, string> { ["wat"] = "what", ["u"] = "you", ["2"] = "to" });

    [Fact]
    public void TextSpeakIsExpandedToPlainWords()
    {
        Assert.Equal(["what", "am", "i", "entitled", "to"], Text.Words("wat am i entitled 2"));
    }

    [Fact]
    public void LuceneSyntaxIsJustPunctuation()
    {
        Assert.Equal(["and"], Text.Words("AND (( \"*"));
        Assert.Empty(Text.Words("(( \"* ~ ^ :"));
    }

    [Fact]
    public void ApostrophesInsideWordsAreDropped()
    {
        Assert.Equal(["dont", "croydons"], Text.Words("Don't Croydon's"));
        // Except in "I'd", which said without its apostrophe would be the idea of ID documents.
        Assert.Equal(["i", "would", "like", "a", "bus", "pass"], Text.Words("I'd like a bus pass"));
    }

    [Fact]
    public void MoneyKeepsItsPoundSignAndThousandsSeparator()
    {
        Assert.Equal(["£3,000", "bursary"], Text.Words("£3,000 bursary"));
    }
}
