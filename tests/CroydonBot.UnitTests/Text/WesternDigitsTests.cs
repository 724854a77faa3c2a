using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class WesternDigitsTests
{
    [Theory]
    [InlineData("can i get help at ١٨", "can i get help at 18")]
    [InlineData("what happened in 19٢٠", "what happened in 1920")]
    [InlineData("ofsted ۲۰۲۴ report", "ofsted 2024 report")]
    [InlineData("im １７ and in care", "im 17 and in care")]
    [InlineData("बजट २०२४", "बजट 2024")]
    public void ADigitFromAnotherScriptIsWrittenAsTheSame0To9Digit(string typed, string plain) =>
        Assert.Equal(plain, WesternDigits.Of(typed));

    [Theory]
    [InlineData("how much is the setting up home allowance in 2024")]
    [InlineData("")]
    [InlineData("½ of £3,000 ²")]
    public void ATextWithNoOtherScriptsDigitIsTheSameInstance(string text) =>
        Assert.Same(text, WesternDigits.Of(text));
}
