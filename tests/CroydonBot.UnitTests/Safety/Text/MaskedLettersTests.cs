using CroydonBot.Safety.Text;

namespace CroydonBot.UnitTests.Safety.Text;

public sealed class MaskedLettersTests
{
    private static readonly MaskedLetters Masked = new(["suicide", "kill", "myself", "die", "overdose", "sh", "kms"]);

    [Theory]
    [InlineData("thinking about s#ic#de again", "thinking about suicide again")]
    [InlineData("gonna k_ll my_elf", "gonna kill myself")]
    [InlineData("wanna d*e.", "wanna die.")]
    [InlineData("did an 0verd*se", "did an overdose")]
    [InlineData("relapsed on s-h", "relapsed on sh")]
    [InlineData("k.m.s honestly", "kms honestly")]
    public void AWordOnlyACrisisWordFitsIsReadAsThatWord(string text, string expected) => Assert.Equal(expected, Masked.Read(text));

    [Theory]
    [InlineData("this bus is a f***ing joke", "this bus is a fucking joke")]
    [InlineData("sh*t day", "shit day")]
    [InlineData("what the h*ll", "what the hell")]
    public void AMaskedSwearWordIsReadAsTheSwearWord(string text, string expected) => Assert.Equal(expected, Masked.Read(text));

    [Theory]
    [InlineData("its a cut-throat business")]
    [InlineData("e.g. my pathway plan")]
    [InlineData("see croydon.gov.uk for the form")]
    [InlineData("open 24-7")]
    [InlineData("d*** it")]
    [InlineData("my_username")]
    public void AWordNoCrisisWordFitsStaysAsTyped(string text) => Assert.Equal(text, Masked.Read(text));
}
