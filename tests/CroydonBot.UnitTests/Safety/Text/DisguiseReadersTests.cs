using CroydonBot.Safety.Text;

namespace CroydonBot.UnitTests.Safety.Text;

/// <summary>Round AQ (safe-aq): the readers for separated letters, doubled letters and leetspeak ones.</summary>
public sealed class DisguiseReadersTests
{
    [Theory]
    [InlineData("i r.e.a.l.l.y d.i.d", "i really did")]
    [InlineData("t-o-o-k a p-a-c-k", "took a pack")]
    [InlineData("k_i_l_l myself", "kill myself")]
    [InlineData("goodnight f.o.r.e.v.e.r.", "goodnight forever.")]
    public void WordsSpelledOutWithSeparatorsAreJoinedOneByOne(string text, string joined) =>
        Assert.Equal(joined, SeparatedLetters.Join(text));

    [Theory]
    [InlineData("e.g. this")]
    [InlineData("s-h")]
    [InlineData("16-25 year olds")]
    [InlineData("0800-1111")]
    [InlineData("croydon.gov.uk")]
    [InlineData("cut-throat")]
    [InlineData("a.m.5")]
    public void InitialsNumbersAndAddressesStayAsTyped(string text) => Assert.Equal(text, SeparatedLetters.Join(text));

    [Theory]
    [InlineData("diie", "die")]
    [InlineData("deead", "dead")]
    [InlineData("hurrt", "hurt")]
    public void AWordThatMattersWithOneLetterDoubledIsReadAsIt(string typed, string word) =>
        Assert.Equal(word, new DoubledLetters(["die", "dead", "hurt", "to"], _ => false).Read(typed));

    [Theory]
    [InlineData("too")]   // a result shorter than three letters is never read
    [InlineData("emma")]  // no word that matters inside
    [InlineData("killl")] // known as typed (stands for a word the list knows)
    public void OtherWordsAreNotUndoubled(string typed) =>
        Assert.Null(new DoubledLetters(["die", "kill", "to"], w => w == "killl").Read(typed));

    [Theory]
    [InlineData("11f3", "life")]
    [InlineData("k111", "kill")]
    [InlineData("t311", "tell")]
    [InlineData("d1d", "did")]
    [InlineData("11pm", "11pm")]
    [InlineData("2024", "2024")]
    public void ALeetOneIsReadAsTheLetterThatMakesAKnownWord(string typed, string read)
    {
        var known = new HashSet<string> { "life", "kill", "tell", "did" };
        Assert.Equal(read, new LeetOnes(known.Contains).Read(typed));
    }
}
