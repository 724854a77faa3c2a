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
}
