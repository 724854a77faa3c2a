using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Round AH (ofsted2-ah): a how-many question leads with the close section that counts the thing counted, not a section
/// that never says it.
/// </summary>
public sealed class CountPrecedenceTests
{
    private static readonly QueryPlanner Planner = RealContent.Planner(RealContent.Index);

    private static readonly Retriever Retriever = RealContent.RankedRetriever(RealContent.Index);

    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "A zoo's reviews", Kind = "guide" };

    private static ScoredPassage Hit(int number, double score, double coverage) =>
        new(new Passage { Id = $"guide.md#{number}", Document = Guide, Text = "Text." }, number, score, coverage);

    [Theory]
    [InlineData("how many recommendations did ofsted make", "recommendations")]
    [InlineData("hw many monitoring visits were there after it failed", "monitoring visits")]
    [InlineData("what was the number of recommendations in 2017", "recommendations")]
    public void TheCountedIdeaIsTheOneNamedAfterHowMany(string question, string surface) =>
        Assert.Equal(surface, CountPrecedence.Of(Planner.Plan(question))?.Surface);

    [Theory]
    [InlineData("when did ofsted make its recommendations")]
    [InlineData("what were the recommendations")]
    public void AQuestionThatCountsNothingHasNoCountedIdea(string question) =>
        Assert.Null(CountPrecedence.Of(Planner.Plan(question)));

    [Fact]
    public void ACloseSectionHoldingAndDeclaringTheCountedThingLeadsWithTheTopsScore()
    {
        ScoredPassage[] scored = [Hit(0, 1.0, 0.75), Hit(1, 0.9, 0.75), Hit(2, 0.8, 0.8)];
        int[] order = [0, 1, 2];

        CountPrecedence.Apply(scored, order, i => i != 0, i => i == 2);

        Assert.Equal([2, 0, 1], order);
        Assert.Equal(1.0, scored[2].Score);
    }

    [Fact]
    public void ATopHoldingTheCountedThingKeepsTheLead()
    {
        ScoredPassage[] scored = [Hit(0, 1.0, 0.75), Hit(1, 0.9, 0.9)];
        int[] order = [0, 1];

        CountPrecedence.Apply(scored, order, _ => true, _ => true);

        Assert.Equal([0, 1], order);
    }

    [Fact]
    public void ASectionCoveringLessOrRankingFarBelowDoesNotLead()
    {
        ScoredPassage[] less = [Hit(0, 1.0, 0.8), Hit(1, 0.9, 0.7)];
        int[] order = [0, 1];
        CountPrecedence.Apply(less, order, i => i == 1, i => i == 1);
        Assert.Equal([0, 1], order);

        ScoredPassage[] far = [Hit(0, 1.0, 0.8), Hit(1, 0.6, 0.9)];
        CountPrecedence.Apply(far, order, i => i == 1, i => i == 1);
        Assert.Equal([0, 1], order);
    }

    [Theory]
    [InlineData("how many recommendations did ofsted give croydon when it failed")]
    [InlineData("number of recommendations ofsted made when croydon was inadequate")]
    [InlineData("how many recommendations did the inspectors make back when croydon was rated inadequate")]
    public void OnTheRealGuidesTheSectionCountingTheRecommendationsLeads(string question) =>
        Assert.Contains("21 recommendations", Retriever.Retrieve(question, 5).Hits[0].Passage.Heading);
}
