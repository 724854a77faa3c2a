using CroydonBot.Dialogs.Prompts;

namespace CroydonBot.UnitTests.Dialogs.Prompts;

/// <summary>How a choice prompt understands an answer.</summary>
public sealed class ChoicePromptTests
{
    private static readonly List<Choice> Choices =
    [
        new() { Value = "leaving-care", Title = "Leaving care support", Synonyms = ["my pa"] },
        new() { Value = "housing", Title = "Housing", Synonyms = ["my flat"] },
        new() { Value = "this-bot", Title = "This bot", Synonyms = ["bot"] },
    ];

    [Theory]
    [InlineData("2", "housing")]
    [InlineData("2.", "housing")]
    [InlineData("HOUSING", "housing")]
    [InlineData("Leaving care support", "leaving-care")]
    [InlineData("this-bot", "this-bot")]
    [InlineData("my flat!", "housing")]
    [InlineData("it's about my pa really", "leaving-care")]
    public void AButtonANumberATitleOrASynonymPicksAChoice(string answer, string value)
    {
        Assert.Equal(value, ChoicePrompt.Match(answer, Choices)?.Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("purple")]
    [InlineData("")]
    [InlineData("my pa and my flat")]
    public void AnAnswerNamingNoneOrTwoChoicesPicksNothing(string answer)
    {
        Assert.Null(ChoicePrompt.Match(answer, Choices));
    }
}
