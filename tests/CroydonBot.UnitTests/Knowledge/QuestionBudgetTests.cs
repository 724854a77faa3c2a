using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QuestionBudgetTests
{
    [Theory]
    [InlineData("what is a pathway plan", 3, "what is a")]
    [InlineData("  what   is a pathway plan", 2, "  what   is")]
    [InlineData("short one", 5, "short one")]
    [InlineData("", 5, "")]
    [InlineData("a b c", 0, "a b c")]
    public void KeepsTheTextUpToTheEndOfItsLastAllowedWord(string text, int maxWords, string expected) =>
        Assert.Equal(expected, QuestionBudget.FirstWords(text, maxWords));
}
