using CroydonBot.Safety.Text;

namespace CroydonBot.UnitTests.Safety.Text;

public sealed class SplitWordsTests
{
    private static readonly SplitWords Known = new(new Dictionary<string, string>
    {
        ["sewerslide"] = "suicide", ["unalive"] = "kill", ["noone"] = "no one", ["od"] = "overdose", ["goodby"] = "goodbye", ["hurtin"] = "hurting",
    });

    [Fact]
    public void TwoPiecesOfAKnownWordAreJoined() =>
        Assert.Equal(["i", "might", "unalive", "tonight"], Known.Join(["i", "might", "un", "alive", "tonight"]));

    [Fact]
    public void APieceThatIsItselfAKnownWordIsLeftAlone() =>
        Assert.Equal(["noone", "alive"], Known.Join(["noone", "alive"]));

    [Fact]
    public void ShortKnownWordsAreNeverMadeFromOrdinaryPairs() =>
        Assert.Equal(["o", "d"], Known.Join(["o", "d"]));

    [Fact]
    public void OrdinaryWordsThatSpellAKnownWordsPlainFormStaySeparate()
    {
        Assert.Equal(["rated", "good", "by", "ofsted"], Known.Join(["rated", "good", "by", "ofsted"]));
        Assert.Equal(["got", "hurt", "in", "a", "fight"], Known.Join(["got", "hurt", "in", "a", "fight"]));
    }

    [Fact]
    public void OrdinaryNeighboursStaySeparate() =>
        Assert.Equal(["the", "sewer", "pipe", "burst"], Known.Join(["the", "sewer", "pipe", "burst"]));
}
