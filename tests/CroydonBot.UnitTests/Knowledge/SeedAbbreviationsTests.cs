using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class SeedAbbreviationsTests
{
    [Fact]
    public void AnAbbreviationInBracketsAfterItsLongFormIsLearned()
    {
        var learned = SeedAbbreviations.Of(["You can ask for a staying-put arrangement (SPA) before you turn 18."]);

        Assert.Equal("staying put arrangement", learned["spa"]);
    }

    [Fact]
    public void TheInitialsOfCapitalisedWordsAreLearned()
    {
        var learned = SeedAbbreviations.Of(["The Independent Reviewing Officer chairs the meeting."]);

        Assert.Equal("independent reviewing officer", learned["iro"]);
    }

    [Fact]
    public void BracketsWhoseLettersAreNotTheInitialsTeachNothing()
    {
        Assert.False(SeedAbbreviations.Of(["Elenor Brazil (IAP) was sent in by the government."]).ContainsKey("iap"));
    }

    [Fact]
    public void InitialsWithTwoLongFormsAreNoAbbreviation()
    {
        var learned = SeedAbbreviations.Of(["Young People's Panel met.", "Youth Parliament Programme began."]);

        Assert.False(learned.ContainsKey("ypp"));
    }

    [Fact]
    public void TwoCapitalisedWordsAreTooFewForAnAbbreviation()
    {
        Assert.False(SeedAbbreviations.Of(["Care Leavers met in Croydon."]).ContainsKey("cl"));
    }
}
