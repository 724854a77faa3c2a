using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Which questions ask for a sum of money, so a passage without one is no answer.</summary>
public sealed class AskedFactTests
{
    [Theory]
    [InlineData("how much is the setting up home allowance")]
    // What someone earns is a sum, asked without "how much" (round AB).
    [InlineData("what does the director of childrens services earn")]
    [InlineData("whats the salary of a croydon social worker")]
    [InlineData("how much are driving lessons")]
    public void AQuestionAskingASumAsksAnAmount(string question) =>
        Assert.True(AskedFact.AsksAnAmount(question));

    [Theory]
    // Yes or no is answered by a passage saying they are paid, with or without the sum.
    [InlineData("do ambassadors earn anything")]
    [InlineData("what is staying put")]
    [InlineData("how much of the social work staff is permanent")]
    [InlineData("how much is it")]
    public void AQuestionNotAskingASumDoesNot(string question) =>
        Assert.False(AskedFact.AsksAnAmount(question));

    [Fact]
    public void AnEarningsQuestionAnsweredWithAPassageWithoutASumIsMissingItsFact()
    {
        var result = CroydonBot.UnitTests.Eval.AnswerGateTrainerTests.BotRetriever.Value.Retrieve("what do the people running croydon council earn");

        Assert.True(AskedFact.IsMissing(result));
    }

    // Round AT (perf-at): the asked part is kept per thread for the next checks of the same question; kept or worked out, it is
    // the part QuestionShape reads.
    [Theory]
    [InlineData("im angry prescriptions cost so much, are they meant to be free now")]
    [InlineData("my mate lives with me, does the council tax thing cover her share")]
    [InlineData("how much is the setting up home allowance")]
    public void TheAskedPartIsWhatQuestionShapeReadsAndTheSameWhenAskedAgain(string question)
    {
        var expected = CroydonBot.Text.QuestionShape.AsksInALaterClause(question) ? CroydonBot.Text.QuestionShape.QuestionPart(question) : question;

        Assert.Equal(expected, AskedFact.AskedPart(question));
        Assert.Equal(expected, AskedFact.AskedPart(question));
    }

    [Fact]
    public void TheAskedPartOfOneQuestionIsNotAnothersAfterManyQuestions()
    {
        var questions = Enumerable.Range(0, 20).Select(i => $"i moved out in {2000 + i}, does the grant still cover me").ToArray();
        foreach (var question in questions.Concat(questions))
        {
            Assert.True(CroydonBot.Text.QuestionShape.AsksInALaterClause(question));
            Assert.Equal(CroydonBot.Text.QuestionShape.QuestionPart(question), AskedFact.AskedPart(question));
        }
    }
}
