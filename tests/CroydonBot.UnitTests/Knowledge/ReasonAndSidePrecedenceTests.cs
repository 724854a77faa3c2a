using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Round AG (ofsted-ag): a question asking why leads with the close section that says why; one asking a side of a judgement
/// of the whole ("what was croydon good at") with the close section whose heading says that side.
/// </summary>
public sealed class ReasonAndSidePrecedenceTests
{
    private static readonly Retriever Retriever = RealContent.RankedRetriever(RealContent.Index);

    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "A zoo's reviews", Kind = "guide" };

    private static ScoredPassage Hit(int number, double score, double coverage = 0.6, params string[] questions) =>
        new(new Passage { Id = $"guide.md#{number}", Document = Guide, Text = "Text.", Questions = questions }, number, score, coverage);

    [Theory]
    [InlineData("why did the zoo fail its review")]
    [InlineData("how come it was so bad back then")]
    [InlineData("so what went wrong")]
    [InlineData("what were they doing wrong")]
    [InlineData("the reasons for the low grade?")]
    [InlineData("whys that")]
    public void AReasonIsAsked(string question) => Assert.True(ReasonPrecedence.Asks(question), question);

    [Theory]
    [InlineData("when did the zoo fail its review")]
    [InlineData("what went on at the zoo")]
    [InlineData("is anything wrong with my pathway plan")]
    public void NoReasonIsAskedWithoutWhyOrWrong(string question) => Assert.False(ReasonPrecedence.Asks(question), question);

    [Fact]
    public void ASectionAskedWhyCloseBehindTheTopLeadsWithTheTopsScore()
    {
        ScoredPassage[] scored = [Hit(0, 1.0, 1.0, "what grade did the zoo get"), Hit(1, 0.8, 1.0, "why did the zoo fail its review"), Hit(2, 0.9, 1.0)];
        int[] order = [0, 2, 1];

        ReasonPrecedence.Apply(scored, order);

        Assert.Equal([1, 0, 2], order);
        Assert.Equal(1.0, scored[1].Score);
    }

    [Fact]
    public void ASectionAskedWhyThatCoversLessOrRanksFarBelowDoesNotLead()
    {
        ScoredPassage[] less = [Hit(0, 1.0, 1.0), Hit(1, 0.9, 0.7, "why did the zoo fail its review")];
        int[] order = [0, 1];
        ReasonPrecedence.Apply(less, order);
        Assert.Equal([0, 1], order);

        ScoredPassage[] far = [Hit(0, 1.0, 1.0), Hit(1, 0.6, 1.0, "why did the zoo fail its review")];
        ReasonPrecedence.Apply(far, order);
        Assert.Equal([0, 1], order);
    }

    [Fact]
    public void ATopThatSaysTheSideAskedKeepsTheLead()
    {
        ScoredPassage[] scored = [Hit(0, 1.0, 1.0), Hit(1, 0.95, 1.0)];
        int[] order = [0, 1];

        SidePrecedence.Apply(scored, order, JudgementSide.Strength, i => JudgementSide.Strength);

        Assert.Equal([0, 1], order);
    }

    [Fact]
    public void ASectionSayingTheSideAskedCloseBehindLeads()
    {
        ScoredPassage[] scored = [Hit(0, 1.0, 1.0), Hit(1, 0.9, 1.0), Hit(2, 0.88, 1.0)];
        int[] order = [0, 1, 2];

        SidePrecedence.Apply(scored, order, JudgementSide.Shortfall, i => i == 2 ? JudgementSide.Shortfall : i == 1 ? JudgementSide.Strength : JudgementSide.None);

        Assert.Equal([2, 0, 1], order);
    }

    [Fact]
    public void NoSideAskedANearTiedSectionOfTheSameInspectionSayingTheWholeLeads()
    {
        ScoredPassage[] scored = [Hit(0, 1.0, 1.0), Hit(1, 0.99, 1.0), Hit(2, 0.985, 1.0)];
        int[] order = [0, 1, 2];

        SidePrecedence.ApplyToTheWhole(scored, order, i => i == 0 ? JudgementSide.Strength : JudgementSide.None, i => i == 2);

        Assert.Equal([2, 0, 1], order);
    }

    [Fact]
    public void NoSideAskedAOneSidedTopWellAheadKeepsTheLead()
    {
        ScoredPassage[] scored = [Hit(0, 1.0, 1.0), Hit(1, 0.9, 1.0)];
        int[] order = [0, 1];

        SidePrecedence.ApplyToTheWhole(scored, order, i => i == 0 ? JudgementSide.Strength : JudgementSide.None, _ => true);

        Assert.Equal([0, 1], order);
    }

    [Theory]
    [InlineData("what did ofsted say about croydon in 2024", "judged good")]
    [InlineData("wat did ofsted say bout croydon 2024", "judged good")]
    [InlineData("what did ofsted say croydon does well", "does best")]
    public void OnTheRealGuidesAQuestionOfTheWholeGetsTheJudgement(string question, string heading) =>
        Assert.Contains(heading, Retriever.Retrieve(question, 5).Hits[0].Passage.Heading);

    [Theory]
    [InlineData("was croydon bad at anything in the report")]
    [InlineData("did the inspectors say croydon was weak at something")]
    public void BadAtAnythingAsksTheShortfall(string question) =>
        Assert.Equal(QuestionKind.Shortfall, QuestionKinds.Of(question));

    [Theory]
    [InlineData("why was croydon given an inadequate grade back then", "what Ofsted said was wrong")]
    [InlineData("what did the inspectors reckon croydon was good at", "does best")]
    [InlineData("is croydon bad at anything according to the inspectors", "must improve")]
    public void OnTheRealGuidesTheSectionSayingItLeads(string question, string heading) =>
        Assert.Contains(heading, Retriever.Retrieve(question, 5).Hits[0].Passage.Heading);
}
