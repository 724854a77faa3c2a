using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Round AI (ofsted-ai): the grade a passage gives as a judgement, what "was it always like that" asks about.</summary>
public sealed class GradeSaidTests
{
    [Theory]
    [InlineData("2017: judged inadequate, with each judgement (history)", "inadequate")]
    [InlineData("May 2012: judged adequate (history)", "adequate")]
    [InlineData("Croydon's children's services are rated good by Ofsted.", "good")]
    [InlineData("The service was graded requires improvement to be good.", "requires improvement")]
    [InlineData("The home was judged Outstanding overall.", "outstanding")]
    public void AGradeGivenAsAJudgementIsTheGrade(string text, string grade) => Assert.Equal(grade, GradeSaid.In(text));

    [Theory]
    [InlineData("its staff were in good spirits")]
    [InlineData("February 2020: what needed to improve (history)")]
    [InlineData("a good place to live")]
    public void GoodSaidInPassingIsNoGrade(string text) => Assert.Null(GradeSaid.In(text));
}
