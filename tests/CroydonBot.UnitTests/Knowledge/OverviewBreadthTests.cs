using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>A question as broad as the entitlements overview gets the overview; one naming a single entitlement does not.</summary>
public sealed class OverviewBreadthTests
{
    private static readonly Lazy<Retriever> Ranked = new(() => RealContent.RankedRetriever(RealContent.Index));

    [Theory]
    [InlineData("what am i owed as a care leaver")]
    [InlineData("wat help is there when u leave care")]
    [InlineData("what support can i get when i leave care")]
    [InlineData("what am i entitled to after leaving care")]
    public void ABroadQuestionIsAnsweredByTheOverview(string question)
    {
        var best = Ranked.Value.Retrieve(question).Best!;

        Assert.NotEmpty(best.Passage.Buttons);
        Assert.True(best.AnswersBroadly);
    }

    [Theory]
    [InlineData("what help do care leavers get with housing")]
    [InlineData("what am i entitled to for uni")]
    [InlineData("what help can i get with council tax when i leave care")]
    // Both words are in the overview's lines ("what do care leavers get in croydon"), but never as the app's name.
    [InlineData("tell me about croydon cares")]
    public void AQuestionNamingOneEntitlementIsNotBroad(string question)
    {
        var result = Ranked.Value.Retrieve(question);

        Assert.DoesNotContain(result.Hits, h => h.AnswersBroadly);
        Assert.Empty(result.Best!.Passage.Buttons);
    }

    [Fact]
    public void TheBroadAnswerIsTheWholeListNotOneEntitlementsSentence()
    {
        var result = Ranked.Value.Retrieve("what stuff do i get when i leave care");

        var answer = RealContent.Composer(RealContent.Index).Compose(result.Plan, result.Hits);

        Assert.StartsWith("If you were in care for 13 weeks", answer.Parts[0].Body, StringComparison.Ordinal);
        Assert.Single(answer.Parts);
        Assert.NotEmpty(answer.Buttons);
    }
}
