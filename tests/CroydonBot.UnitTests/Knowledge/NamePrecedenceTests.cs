using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class NamePrecedenceTests
{
    private static readonly QueryPlanner Planner = RealContent.Planner(RealContent.Index);

    private static readonly Reranker Ranker = RealContent.Ranker(RealContent.Index);

    private static readonly Retriever Retriever = RealContent.RankedRetriever(RealContent.Index);

    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "What you can get", Kind = "guide" };

    private static ScoredPassage Hit(int number, double score) =>
        new(new Passage { Id = $"guide.md#{number}", Document = Guide, Text = "Text." }, number, score, 0.6);

    [Theory]
    [InlineData("did camden stay involved for a fixed amount of time", "camden")]
    [InlineData("what does coram do exactly", "coram")]
    public void AProperNameFewPassagesHoldIsTheNameAsked(string question, string name)
    {
        Assert.Equal(name, NamePrecedence.Of(Planner.Plan(question), Ranker.Names)?.Surface);
    }

    [Theory]
    [InlineData("was croydon inadequate at some point")]
    [InlineData("what did ofsted say about the care leaver covenant")]
    [InlineData("how much is the setting up home allowance")]
    public void ADictionaryWordOrANameEveryPassageHoldsIsNoNameAsked(string question)
    {
        Assert.Null(NamePrecedence.Of(Planner.Plan(question), Ranker.Names));
    }

    [Fact]
    public void ASectionDeclaringTheNameCloseBehindATopThatMissesItLeadsWithTheTopsScore()
    {
        ScoredPassage[] scored = [Hit(0, 0.75), Hit(1, 0.70), Hit(2, 0.72)];
        int[] order = [0, 2, 1];

        NamePrecedence.Apply(scored, order, i => i == 1, i => i == 1);

        Assert.Equal([1, 0, 2], order);
        Assert.Equal(0.75, scored[1].Score);
    }

    [Fact]
    public void ATopThatHoldsTheNameKeepsTheLead()
    {
        ScoredPassage[] scored = [Hit(0, 0.75), Hit(1, 0.74)];
        int[] order = [0, 1];

        NamePrecedence.Apply(scored, order, _ => true, i => i == 1);

        Assert.Equal([0, 1], order);
    }

    [Fact]
    public void ASectionFarBelowTheTopDoesNotTakeTheLead()
    {
        ScoredPassage[] scored = [Hit(0, 1.0), Hit(1, 0.8)];
        int[] order = [0, 1];

        NamePrecedence.Apply(scored, order, i => i == 1, i => i == 1);

        Assert.Equal([0, 1], order);
    }

    [Theory]
    [InlineData("camden helping out croydon, was there a set amount of time on it", "Camden")]
    [InlineData("is the setting up home allowance a set amount", "Setting-up-home")]
    public void TheSectionAboutTheNamedThingAnswers(string question, string heading)
    {
        Assert.Contains(heading, Retriever.Retrieve(question, 5).Hits[0].Passage.Heading);
    }
}
