using CroydonBot.Safety.Text;

namespace CroydonBot.UnitTests.Safety.Text;

public sealed class ConfusableFoldingTests
{
    [Theory]
    [InlineData("ｉ ｗａｎｔ ｔｏ ｄｉｅ", "i want to die")]
    [InlineData("ＫＩＬＬ ＭＹＳＥＬＦ", "kill myself")]
    [InlineData("𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟", "kill myself")]
    [InlineData("𝓈𝓊𝒾𝒸𝒾𝒹𝑒", "suicide")]
    [InlineData("𝕜𝕚𝕝𝕝", "kill")]
    [InlineData("ⓚⓘⓛⓛ", "kill")]
    [InlineData("🅺🅸🅻🅻", "kill")]
    public void FullWidthMathematicalAndEnclosedLettersBecomePlainLetters(string text, string expected) =>
        Assert.Equal(expected, ConfusableFolding.Fold(text));

    [Theory]
    [InlineData("kіll mуsеlf", "kill myself")] // Cyrillic і, у, е
    [InlineData("КILL", "kill")] // Cyrillic capital К
    [InlineData("ѕuісіdе", "suicide")]
    [InlineData("ραin", "pain")] // Greek rho and alpha
    [InlineData("ΚΙΛΛ", "kiλλ")] // lambda looks like nothing in Latin: left alone
    public void CyrillicAndGreekLookAlikesBecomeLatinLetters(string text, string expected) =>
        Assert.Equal(expected, ConfusableFolding.Fold(text));

    [Theory]
    [InlineData("k\u200Bi\u200Cl\u200Dl", "kill")]
    [InlineData("\u202Esuicide\u202C", "suicide")]
    [InlineData("s\u00ADu\u2060i\uFEFFcide", "suicide")]
    [InlineData("d\u0336i\u0336e\u0336", "die")] // strike-through marks
    [InlineData("k\uFE0Fill\u2066", "kill")]
    public void ZeroWidthBidiAndCombiningCharactersAreDropped(string text, string expected) =>
        Assert.Equal(expected, ConfusableFolding.Fold(text));

    [Theory]
    [InlineData("suïcìdé", "suicide")]
    [InlineData("ᴋɪʟʟ ᴍʏꜱᴇʟꜰ", "kill myself")]
    [InlineData("ᵏⁱˡˡ", "kill")]
    [InlineData("kill\u00A0myself", "kill myself")]
    [InlineData("kill\u3164myself", "kill myself")]
    public void AccentsSmallCapitalsSuperscriptsAndOddSpacesAreFolded(string text, string expected) =>
        Assert.Equal(expected, ConfusableFolding.Fold(text));

    [Fact]
    public void HalfASurrogatePairBecomesASpace() => Assert.Equal("a b", ConfusableFolding.Fold("a\uD800b"));

    [Fact]
    public void EmojiAreKept() => Assert.Equal("sad 😢", ConfusableFolding.Fold("Sad 😢"));
}
