using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// A danger told in one clause of a sentence run on with commas, around an ordinary question: read whole, the question
/// drowns it; the clause the patterns name a danger in, read alone, is one the learned layer is very sure of. Only such
/// clauses count: ordinary messages with commas stay ordinary. Phrasings written for these tests, none from a batch.
/// </summary>
public sealed class ClauseReadingTests
{
    private static readonly LayeredSafeguardingCheck Check = SafeguardingFixture.Check;

    [Theory]
    [InlineData("can i get money for a bus pass through the local offer? read about it online. its been really hard lately, ive had nothing to eat since sunday and my gas is on emergency credit, but the bus pass is what i came to ask about")]
    public void ADangerInOneClauseOfAnOrdinaryQuestionGetsTheCrisisReply(string message)
    {
        Assert.True(SafeguardingFixture.Detector.Detect(message) is not { Signal: true });
        var assessment = Check.Assess(message, []);
        Assert.Equal(SafeguardingTier.Crisis, assessment.Tier);
        Assert.Equal("patterns+clause", assessment.Layer);
    }

    // The same shapes with nothing dangerous in the clause, and everyday messages run on with commas.
    [Theory]
    [InlineData("can i get money for a bus pass through the local offer? read about it online. its been a busy week, ive had a cold since sunday and my gas bill came, but the bus pass is what i came to ask about")]
    [InlineData("is there funding for a laptop for college? my old one broke, i had to borrow my mates all week, but the laptop is what i need to know about")]
    [InlineData("how do i apply for the leaving care grant? sorry, im new to this, but the grant is the main thing i need")]
    [InlineData("my placement is going really well, my carer is lovely, but can i get help with a bus pass")]
    [InlineData("i moved into my flat last week, no bed no pots nothing yet, can i get the setting up home grant")]
    [InlineData("quick q before i do my shopping, is the council tax discount automatic for care leavers")]
    [InlineData("i had a long day at college, didnt eat lunch so im starving, whats a cheap place to eat near croydon")]
    [InlineData("i skipped breakfast today, been so busy with work, but is there a food bank near thornton heath for my neighbour")]
    [InlineData("ok random q, is the leaving care grant taxed? also my old carer used to shout a lot but thats over now, anyway how do i apply")]
    public void OrdinaryMessagesWithCommasAreNotACrisis(string message) =>
        Assert.NotEqual(SafeguardingTier.Crisis, Check.Assess(message, []).Tier);
}
