using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class KindWordsTests
{
    [Theory]
    [InlineData(QuestionKind.Hours, "hours")]
    [InlineData(QuestionKind.Age, "age")]
    [InlineData(QuestionKind.Coverage, "Scotland")]
    [InlineData(QuestionKind.HowMuch, "cost")]
    public void AWordNamingTheKindAskedIsNamed(QuestionKind kind, string surface) => Assert.True(KindWords.Names(kind, surface));

    [Theory]
    [InlineData(QuestionKind.Hours, "emergency duty team")]
    [InlineData(QuestionKind.General, "hours")]
    [InlineData(QuestionKind.Age, "hours")]
    [InlineData(QuestionKind.When, "months")]
    public void ASubjectOrAnotherKindsWordIsNotNamed(QuestionKind kind, string surface) => Assert.False(KindWords.Names(kind, surface));

    [Fact]
    public void OnlyTheConceptsNamingTheKindAreCredited()
    {
        var plan = new QueryPlan("what hours is the emergency team open",
            [new QueryConcept("hours", [["hour"]], 1.0), new QueryConcept("emergency team", [["emergency", "team"]], 2.0)], [], false, false);

        Assert.Equal(1UL, KindWords.CreditedBy(plan, QuestionKind.Hours));
        Assert.Equal(0UL, KindWords.CreditedBy(plan, QuestionKind.General));
    }

    [Fact]
    public void ACreditedConceptCountsAsHeldInCoverage()
    {
        var plan = new QueryPlan("what hours is that", [new QueryConcept("hours", [["hour"]], 1.0)], [], false, false);
        var terms = new HashSet<string> { "weekdai", "5pm" };

        Assert.Equal(0, plan.Coverage(terms));
        Assert.Equal(1, plan.CoverageCrediting(terms, null, 1UL));
        Assert.Equal(1, plan.CoveragesCrediting(terms, null, 1UL).Coverage);
    }
}
