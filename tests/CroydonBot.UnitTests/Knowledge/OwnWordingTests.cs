using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>A question in a section's own words, its heading or one of its questions said whole (OwnWording).</summary>
public sealed class OwnWordingTests
{
    // Term numbers: 0 "what", 1 "about" are question words; 2 "council", 3 "tax", 4 "discount", 5 "bill".
    private static readonly OwnWording Wording = new([new TermSet([0, 2, 3, 4]), new TermSet([3, 5])], n => n <= 1);

    [Fact]
    public void AHeadingSaidWholeWithOtherQuestionWordsIsSaid() =>
        Assert.True(Wording.Says(new TermSet([1, 2, 3, 4]).WithoutQuestionWords()));

    [Fact]
    public void AQuestionWithOneTopicWordMoreOrFewerIsNotSaid()
    {
        Assert.False(Wording.Says(new TermSet([2, 3])));
        Assert.False(Wording.Says(new TermSet([2, 3, 4, 5])));
    }

    [Fact]
    public void NoTopicWordsSayNothing() => Assert.False(Wording.Says(new TermSet([])));
}

file static class TermSetTestExtensions
{
    public static TermSet WithoutQuestionWords(this TermSet terms) => new([.. terms.Numbers.ToArray().Where(n => n > 1)]);
}
