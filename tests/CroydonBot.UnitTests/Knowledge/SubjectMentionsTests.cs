using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Whether the knowledge documents speak of a subject, counted in them rather than written down.</summary>
public sealed class SubjectMentionsTests
{
    [Theory]
    [InlineData("northern ireland")]
    [InlineData("glasgow")]
    [InlineData("care quality commission")]
    [InlineData("adult social care")]
    public void ASubjectNoPassageNamesIsOnlyInPassing(string subject)
    {
        Assert.Equal(0, SubjectMentions.Passages(RealContent.Index, subject));
        Assert.True(SubjectMentions.OnlyInPassing(RealContent.Index, subject));
    }

    [Theory]
    [InlineData("england")]
    [InlineData("ofsted")]
    [InlineData("personal adviser")]
    [InlineData("staying put")]
    public void ASubjectTheGuidesTalkAboutIsNot(string subject) =>
        Assert.False(SubjectMentions.OnlyInPassing(RealContent.Index, subject));

    [Fact]
    public void WordsThatEachOccurButNeverInARowAreNotTheSubject()
    {
        // "adult", "social" and "care" are each in the guides ("a trusted adult", "social worker", "care leaver"); the
        // service they name together is not.
        var index = RealContent.Index;
        Assert.All(new[] { "adult", "social", "care" }, word => Assert.False(SubjectMentions.OnlyInPassing(index, word)));
        Assert.True(SubjectMentions.OnlyInPassing(index, "adult social care"));
    }

    [Fact]
    public void OnlyStopWordsAreNeverCalledOutside() =>
        Assert.False(SubjectMentions.OnlyInPassing(RealContent.Index, "the"));
}
