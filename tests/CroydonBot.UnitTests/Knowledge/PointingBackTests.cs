using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// A sentence that opens by pointing back needs the sentence before it: alone, "During that inspection, officers found ..."
/// gave a 2017 finding with no year, under a 2024 article's date.
/// </summary>
public sealed class PointingBackTests
{
    [Theory]
    [InlineData("She spoke for the council.")]
    [InlineData("During that inspection, officers found serious failures.")]
    [InlineData("However, these last two inspections have seen a marked improvement.")]
    [InlineData("In those years, the council hired more staff.")]
    [InlineData("That means you ask for it.")]
    [InlineData("At this meeting the board agreed the plan.")]
    public void ASentenceThatPointsBackIsFollowedBack(string sentence) =>
        Assert.True(AnswerComposer.StartsWithPronoun(sentence));

    [Theory]
    [InlineData("Ofsted said that most care leavers were in work.")]
    [InlineData("Care leavers in Croydon can get a bursary of £2,000.")]
    [InlineData("In 2024 Ofsted found that the council keeps in touch.")]
    [InlineData("Croydon's local offer lists the support care leavers can get, so that you know what to ask for.")]
    [InlineData("")]
    public void ASentenceThatSaysItsOwnSubjectStandsAlone(string sentence) =>
        Assert.False(AnswerComposer.StartsWithPronoun(sentence));

    private static readonly string[] Chain =
    [
        "The board met in March 2019.",
        "The inspectors visited in 2017.",
        "However, these last two visits have seen a marked improvement.",
        "During that visit, officers found serious failures.",
        "They said the council must act.",
    ];

    [Fact]
    public void ALeadThatPointsBackOpensWithTheSentenceItPointsAt() =>
        Assert.Equal(1, AnswerComposer.OpeningFor(Chain, 3));

    [Fact]
    public void AChainOfSentencesPointingBackIsFollowedTwoSentencesAtMost() =>
        Assert.Equal(2, AnswerComposer.OpeningFor(Chain, 4));

    [Fact]
    public void ALeadThatSaysItsOwnSubjectOpensTheAnswer() =>
        Assert.Equal(1, AnswerComposer.OpeningFor(Chain, 1));
}
