using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class AsciiDigitsTests
{
    [Theory]
    [InlineData("what happens at 21", true)]
    [InlineData("0", true)]
    [InlineData("9 lives", true)]
    [InlineData("£3k grant", true)]
    [InlineData("no numbers here", false)]
    [InlineData("", false)]
    // Other scripts' digits are not ASCII digits, as char.IsAsciiDigit says: Arabic-Indic three, full-width five.
    [InlineData("\u0663 months", false)]
    [InlineData("\uFF15 weeks", false)]
    [InlineData("/:", false)]
    public void ADigitIsOneFromZeroToNine(string text, bool has) => Assert.Equal(has, AsciiDigits.In(text));

    [FsCheck.Xunit.Property]
    public bool SaysWhatReadingEachCharacterSays(string? text) =>
        text is null || AsciiDigits.In(text) == text.Any(char.IsAsciiDigit);
}
