using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class FigureOfAnotherThingTests
{
    private const string Bursary = "Care leavers who start an apprenticeship on or after 1 August 2023 get a bursary of £3,000. "
        + "The £3,000 is paid as three payments of £1,000 in the first year.";

    private const string UniversityBursary = "Care leavers who go to university can get a higher education bursary of £2,000. "
        + "This is the total for the whole course, not per year. The rule was made in 2009.";

    [Theory]
    [InlineData("whats the minimum wage for apprentices rn")]
    [InlineData("how much is the universal credit standard allowance this year")]
    [InlineData("what is the apprentice salary")]
    public void ARateNamedByItsOwnWordIsMissingFromAPassageThatNeverSaysIt(string question) =>
        Assert.True(FigureOfAnotherThing.RateMissing(question, Bursary));

    [Theory]
    // Round AS (perf-as): each rate word's compiled pattern finds its stem in any case, at a word's start.
    [InlineData("whats the minimum wage for apprentices", "Apprentices are paid the national minimum WAGES for their age.")]
    [InlineData("what is the apprentice salary", "Salaries start at the apprentice rate.")]
    [InlineData("how much is the pension", "Your state Pension starts later.")]
    public void ARateWordThePassageSaysInAnyCaseIsNotMissing(string question, string passage) =>
        Assert.False(FigureOfAnotherThing.RateMissing(question, passage));

    [Fact]
    public void ARateThePassageNamesIsNotMissing() =>
        Assert.False(FigureOfAnotherThing.RateMissing("how much is the setting up home allowance",
            "The setting-up-home allowance (SUHA) is money to help you set up your first home. It is at least £3,000."));

    [Theory]
    // Yes or no, not a sum: a passage without the word can still answer it.
    [InlineData("do i lose my allowance if i start an apprenticeship")]
    [InlineData("does the bursary count as a wage")]
    public void ARateMentionedWithoutAskingItsSumIsNotMissing(string question) =>
        Assert.False(FigureOfAnotherThing.RateMissing(question, Bursary));

    [Fact]
    public void ACountOfPeopleIsMissingFromAPassageWhoseOnlyNumbersAreSumsAndYears() =>
        Assert.True(FigureOfAnotherThing.CountMissing("how many croydon care leavers went to uni last year", UniversityBursary));

    [Theory]
    [InlineData("In 2024, 41% of social workers were agency staff.")]
    [InlineData("In 2017 about 800 children were in care in Croydon.")]
    [InlineData("Two ambassadors sit on each sub-committee.")]
    public void ACountOfPeopleIsNotMissingFromAPassageHoldingACount(string passage) =>
        Assert.False(FigureOfAnotherThing.CountMissing("how many of croydons social workers are permanent now", passage));

    [Fact]
    public void TheApprenticeMinimumWageIsNotAnsweredWithTheApprenticeshipBursary()
    {
        var result = CroydonBot.UnitTests.Eval.AnswerGateTrainerTests.BotRetriever.Value.Retrieve("whats the minimum wage for apprentices rn");

        Assert.True(AskedFact.IsMissing(result));
    }

    [Fact]
    public void AMissingCountOfPeopleIsSaidToBeACountNotAnAmount()
    {
        var result = CroydonBot.UnitTests.Eval.AnswerGateTrainerTests.BotRetriever.Value.Retrieve("how many croydon care leavers went to uni last year");

        Assert.Equal(MissingFigure.Count, AskedFact.Missing(result));
    }

    [Fact]
    public void AMissingRateIsAnAmount()
    {
        var result = CroydonBot.UnitTests.Eval.AnswerGateTrainerTests.BotRetriever.Value.Retrieve("whats the minimum wage for apprentices rn");

        Assert.Equal(MissingFigure.Amount, AskedFact.Missing(result));
    }

    [Fact]
    public void TheSettingUpHomeAllowanceIsStillAnswered()
    {
        var result = CroydonBot.UnitTests.Eval.AnswerGateTrainerTests.BotRetriever.Value.Retrieve("how much is the setting up home allowance");

        Assert.False(AskedFact.IsMissing(result));
    }
}
