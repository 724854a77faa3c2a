using CroydonBot.Safety;
using CroydonBot.Safety.Text;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AB (safe-ab): a masked word is also read as a form the typos table writes out ("r*ped" as "raped", "k*lled" as
/// "killed"), from the real data file, so a crisis told with a star in its one word is read; a mask that fits two words is
/// still left alone.
/// </summary>
public sealed class MaskedTypoFormsTests
{
    private static readonly SafeguardingText Text = new(SafeguardingFixture.Data);

    [Theory]
    [InlineData("he r*ped me at the party", "raped")]
    [InlineData("she got ab*sed by her carer", "abused")]
    [InlineData("nearly k*lled myself last night", "killed")]
    [InlineData("i overd*sed on saturday", "overdosed")]
    public void AMaskedFormOfTheTyposTableIsReadAsThatForm(string message, string word) =>
        Assert.Contains(word, Text.Undisguised(message).Split(' '));

    [Theory]
    [InlineData("he r*ped me at the party")]
    [InlineData("i got r#ped on the way home")]
    public void AMaskedRapeIsACrisis(string message) => Assert.NotNull(SafeguardingFixture.Detector.Detect(message));

    [Fact]
    public void AMaskThatFitsTwoCrisisWordsIsLeftAsTyped() =>
        Assert.Equal("r*ped", new MaskedLetters(["raped", "roped"]).Read("r*ped"));
}
