using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class JudgementSidesTests
{
    [Theory]
    [InlineData("what are the rubbish bits croydon still has to sort out", JudgementSide.Shortfall)]
    [InlineData("which area didnt the council get good in", JudgementSide.Shortfall)]
    [InlineData("what is the council best at according to the inspectors", JudgementSide.Strength)]
    [InlineData("what did ofsted love about croydon", JudgementSide.Strength)]
    [InlineData("were the inspectors positive about croydon at all", JudgementSide.Strength)]
    // Look-alikes: the grade itself, both sides at once, and a strength of the asker's own.
    [InlineData("what did ofsted rate croydon", JudgementSide.None)]
    [InlineData("is croydon good now", JudgementSide.None)]
    [InlineData("what did the inspectors like and what did they say needs to improve", JudgementSide.None)]
    [InlineData("im good at cooking, is there a course for me", JudgementSide.None)]
    public void AQuestionAsksOneSideOfAJudgementOrNeither(string question, JudgementSide side)
    {
        Assert.Equal(side, JudgementSides.Asked(question));
    }

    [Theory]
    [InlineData("October 2024: the four things Ofsted says must improve", JudgementSide.Shortfall)]
    [InlineData("2019: where the inspectors found the night service weak", JudgementSide.Shortfall)]
    [InlineData("October 2024: what Ofsted said Croydon does best", JudgementSide.Strength)]
    [InlineData("Strengths the inspectors named", JudgementSide.Strength)]
    [InlineData("October 2024: judged good, with each judgement", JudgementSide.None)]
    [InlineData("What Ofsted said about staff and leaders", JudgementSide.None)]
    public void AHeadingSaysOneSideOfAJudgementOrNeither(string heading, JudgementSide side)
    {
        Assert.Equal(side, JudgementSides.OfHeading(heading));
    }

    [Theory]
    [InlineData(JudgementSide.Shortfall, JudgementSide.Shortfall, true, 1)]
    [InlineData(JudgementSide.Shortfall, JudgementSide.Strength, true, -1)]
    [InlineData(JudgementSide.Strength, JudgementSide.Strength, true, 1)]
    // Asked of one service, the same side earns nothing (that service's own section says it), the other side still loses.
    [InlineData(JudgementSide.Strength, JudgementSide.Strength, false, 0)]
    [InlineData(JudgementSide.Strength, JudgementSide.Shortfall, false, -1)]
    [InlineData(JudgementSide.None, JudgementSide.Strength, true, 0)]
    [InlineData(JudgementSide.Shortfall, JudgementSide.None, true, 0)]
    public void TheSideAskedMeetsTheSideAHeadingSays(JudgementSide asked, JudgementSide heading, bool ofTheWhole, int fit)
    {
        Assert.Equal(fit, JudgementSides.Fit(asked, heading, ofTheWhole));
    }

    [Theory]
    [InlineData(new[] { "croydon", "ofsted report" }, true)]
    [InlineData(new[] { "requires improvement", "2024", "report", "part" }, true)]
    [InlineData(new[] { "care leavers", "ofsted" }, false)]
    [InlineData(new[] { "out of hours", "ofsted", "problems" }, false)]
    public void AQuestionNamingOneServiceAsksNotOfTheWhole(string[] concepts, bool whole)
    {
        Assert.Equal(whole, JudgementSides.OfTheWhole(concepts));
    }

    [Theory]
    [InlineData("was there a bit that wasnt good last time", true)]
    [InlineData("which service didnt they get good in", true)]
    [InlineData("what part got requires improvement in 2024", true)]
    // Round AC: the negation apart from its verb.
    [InlineData("what area did the council not get a good in", true)]
    // Look-alikes: a shortfall asked in other words than a grade's.
    [InlineData("what do they still have to sort out", false)]
    [InlineData("whats the problem with the night team", false)]
    public void AShortfallAskedInAGradesWordsIsToldApart(string question, bool grade)
    {
        Assert.Equal(grade, JudgementSides.AsksInGradeWords(question));
    }
}
