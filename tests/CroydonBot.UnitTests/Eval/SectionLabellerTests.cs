using CroydonBot.Eval;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Eval;

public sealed class SectionLabellerTests
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", DateLabel = "2026", Kind = "guide" };
    private static readonly ManifestEntry Report = new() { File = "002.txt", Title = "Report", Publisher = "P", DateLabel = "March 2019", Kind = "report" };

    private static readonly Passage[] Passages =
    [
        new() { Id = "guide.md#0", Document = Guide, Heading = "Personal advisers", Text = "You can have a personal adviser up to age 25.", Ordinal = 0 },
        new() { Id = "guide.md#1", Document = Guide, Heading = "Pathway plans", Text = "Your pathway plan is reviewed at least every six months.", Ordinal = 1 },
        new() { Id = "guide.md#2", Document = Guide, Heading = "Visits", Text = "A PA visits at least once every two months, up to 25.", Ordinal = 2 },
        new() { Id = "002.txt#0", Document = Report, Text = "Inspectors found services inadequate.", Ordinal = 0 },
    ];

    private static readonly SectionLabeller Labeller = new(Passages);

    private static EvalCase Question(string question, params string[][] groups) =>
        new() { Id = "x", Question = question, Expect = "answer", MustIncludeAny = [.. groups.Select(g => g.ToList())] };

    [Fact]
    public void EveryPassageHoldingOneStringOfEachGroupAnswers()
    {
        var c = Question("how long do i get a pa for", ["25"]);

        Assert.Equal(["guide.md#0", "guide.md#2"], Labeller.Holding(c));
    }

    [Fact]
    public void APassageMissingOneGroupDoesNotAnswer()
    {
        var c = Question("how often does my pa have to visit me", ["two months", "2 months"], ["visit"]);

        Assert.Equal(["guide.md#2"], Labeller.Holding(c));
    }

    [Fact]
    public void FactsAreMatchedWithoutCaseAndTheHeadingAndDateCount()
    {
        Assert.Equal(["guide.md#1"], Labeller.Holding(Question("whats a pathway plan", ["PATHWAY PLANS"], ["Six Months"])));
        Assert.Equal(["002.txt#0"], Labeller.Holding(Question("when was croydon found inadequate", ["inadequate"], ["2019"])));
    }

    [Fact]
    public void APassageHoldingAForbiddenStringDoesNotAnswer()
    {
        var c = Question("how long do i get a pa for", ["25"]) with { MustNotInclude = ["two months"] };

        Assert.Equal(["guide.md#0"], Labeller.Holding(c));
    }

    [Fact]
    public void AQuestionNoSinglePassageAnswersIsLeftOut()
    {
        var c = Question("how long do i get a pa and how often is my plan looked at", ["25"], ["six months"]);

        Assert.Empty(Labeller.Holding(c));
        Assert.Null(Labeller.Labelled(c));
    }

    [Fact]
    public void AHandLabelIsKeptAsItIs()
    {
        var c = Question("how long do i get a pa for", ["25"]) with { Section = ["Personal advisers"] };

        Assert.Equal(["Personal advisers"], Labeller.Labelled(c)!.Section);
    }

    [Fact]
    public void TheDerivedLabelsBecomeTheCasesExpectedSections()
    {
        var labelled = Labeller.Labelled(Question("how often is a pathway plan looked at", ["six months"]))!;

        Assert.Equal(["guide.md#1"], labelled.Section);
        Assert.True(labelled.IsExpectedSection(Passages[1]));
        Assert.False(labelled.IsExpectedSection(Passages[0]));
    }

    [Fact]
    public void OnlyASingleQuestionAskedOnItsOwnWithFactsToCheckIsLabelled()
    {
        Assert.Null(Labeller.Labelled(Question("how long do i get a pa for", ["25"]) with { Expect = "abstain" }));
        Assert.Null(Labeller.Labelled(Question("how long do i get a pa for")));
        Assert.Null(Labeller.Labelled(Question("how long do i get a pa for", ["25"]) with { Context = ["im 19 and left care"] }));
        Assert.Null(Labeller.Labelled(Question("how long do i get a pa for? and what is a pathway plan?", ["25"])));
        Assert.Null(Labeller.Labelled(new EvalCase { Id = "s", Turns = [new EvalTurn { Question = "what is a pa", Expect = "answer", MustIncludeAny = [["25"]] }] }));
    }

    [Theory]
    [InlineData("quality-ad", "ad")]
    [InlineData("routing-ad", "ad")]
    [InlineData("routing-dev", "dev")]
    [InlineData("multiturn-ad", "ad")]
    [InlineData("dev-questions", "dev-questions")]
    public void AQualityARoutingAndAMultiturnFileOfOneBatchAreHeldOutTogether(string file, string batch) =>
        Assert.Equal(batch, RankingFitter.BatchOf(file));

    [Fact]
    public void AScriptIsFittedOnByItsFirstTurnAskedAlone()
    {
        // Round AK (rank-ak): the scripts' first turns are fresh questions too, so the fit reads them; later turns lean on
        // the conversation and are left out. Own phrasing.
        var script = new EvalCase
        {
            Id = "s-01",
            Turns =
            [
                new EvalTurn { Question = "till what age do i keep my pa", Expect = "answer", MustIncludeAny = [["25"]] },
                new EvalTurn { Question = "and after that?", Expect = "answer", MustIncludeAny = [["adult"]] },
            ],
        };

        var first = RankingFitter.FirstQuestion(script)!;

        Assert.Equal("till what age do i keep my pa", first.Question);
        Assert.False(first.IsScript);
        Assert.Equal([["25"]], first.MustIncludeAny);
        Assert.NotNull(Labeller.Labelled(first));
        var single = Question("how long do i get a pa for", ["25"]);
        Assert.Same(single, RankingFitter.FirstQuestion(single));
    }
}
