using Xunit.Abstractions;

namespace CroydonBot.UnitTests.Safety;

/// <summary>The patterns on disguised text: the same words in look-alike letters, leetspeak, spaced out, run together or misspelled.</summary>
public sealed class ObfuscatedSafeguardingTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryDisguisedCrisisIsDetected()
    {
        var phrasings = SafeguardingFixture.Phrasings("obfuscated-crisis-phrasings.txt");
        var missed = phrasings.Where(p => SafeguardingFixture.Detector.Detect(p) is null).ToList();
        output.WriteLine($"obfuscated crisis phrasings: {phrasings.Count}, detected: {phrasings.Count - missed.Count}");
        Assert.True(missed.Count == 0, "Missed:\n" + string.Join('\n', missed.Select(m => $"{m}  =>  {SafeguardingFixture.Detector.Normalise(m)}")));
    }

    [Fact]
    public void OrdinaryMessagesTypedOddlyAreNotCrises()
    {
        var phrasings = SafeguardingFixture.Phrasings("obfuscated-not-crisis-phrasings.txt");
        var flagged = phrasings.Where(p => SafeguardingFixture.Detector.Detect(p) is not null).ToList();
        output.WriteLine($"obfuscated ordinary messages: {phrasings.Count}, flagged: {flagged.Count}");
        Assert.True(flagged.Count == 0, "Flagged:\n" + string.Join('\n', flagged));
    }
}
