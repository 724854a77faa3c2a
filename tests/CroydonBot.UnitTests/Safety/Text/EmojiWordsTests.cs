using CroydonBot.Safety.Text;

namespace CroydonBot.UnitTests.Safety.Text;

public sealed class EmojiWordsTests
{
    [Theory]
    [InlineData("cuttin agen 🩸🩸", "cuttin agen  blood  blood ")]
    [InlineData("💊💊 tonight", " pills  pills  tonight")]
    [InlineData("this essay 😂", "this essay  lol ")]
    [InlineData("become a 👻 for good", "become a  ghost  for good")]
    public void EmojiThatCarryMeaningAreReadAsTheirWord(string text, string expected) =>
        Assert.Equal(expected, ConfusableFolding.Fold(text));

    [Fact]
    public void OtherEmojiAreLeftForTheTokeniserToDrop() => Assert.Null(EmojiWords.Word(char.ConvertToUtf32("🙃", 0)));
}
