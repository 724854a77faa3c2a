using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AB (perf-ab): whether a message leans on the ones before it ("mine does it every time") is remembered per message,
/// as the verdict on the message alone is. What the earlier messages were must still decide each time: the same words after
/// a danger told are read with it, after an ordinary question they are not a crisis. Phrasings written for these tests.
/// </summary>
public sealed class LeaningOnEarlierMessagesTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    [Fact]
    public void TheSameLeaningMessageIsReadWithWhateverCameBeforeItEachTime()
    {
        const string leaning = "mine does it every time i come in late";
        string[] told = ["my foster carer gets the belt out"];
        string[] ordinary = ["do foster carers get paid for looking after me"];

        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(leaning, told).Tier);
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(leaning, ordinary).Tier);
        Assert.Equal(SafeguardingTier.Crisis, Check.Assess(leaning, told).Tier);
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(leaning, ordinary).Tier);
    }

    [Fact]
    public void AMessageThatDoesNotLeanOnTheOnesBeforeIsNotReadWithThem()
    {
        // An ordinary question after a danger told is its own message; only the crisis care (afterCrisis) reads it again.
        string[] told = ["my foster carer gets the belt out"];
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess("how much is the setting up home allowance", told).Tier);
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess("how much is the setting up home allowance", told).Tier);
    }
}
