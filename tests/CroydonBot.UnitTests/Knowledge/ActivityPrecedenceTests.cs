using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Round AJ (help-aj): a question asking what a group or scheme does leads with the close section of its guide that says what it
/// does, not the one saying what it is. None of these phrasings is an eval line.
/// </summary>
public sealed class ActivityPrecedenceTests
{
    private static readonly Retriever Retriever = RealContent.RankedRetriever(RealContent.Index);

    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "A zoo's keepers", Kind = "guide" };
    private static readonly ManifestEntry OtherGuide = new() { File = "other.md", Title = "A farm", Kind = "guide" };

    private static ScoredPassage Hit(int number, double score, double coverage = 1.0, ManifestEntry? document = null, params string[] questions) =>
        new(new Passage { Id = $"guide.md#{number}", Document = document ?? Guide, Text = "Text.", Questions = questions }, number, score, coverage);

    [Theory]
    [InlineData("what do the zoo keepers actually do")]
    [InlineData("wat does it do tho")]
    [InlineData("what kind of stuff do they do all day")]
    [InlineData("what sort of things does the keepers club actually do")]
    [InlineData("what are the keepers involved in")]
    [InlineData("what goes on at the keepers club")]
    public void WhatSomethingDoesIsAsked(string question) => Assert.True(ActivityPrecedence.Asks(question), question);

    [Theory]
    [InlineData("what do i do if my keeper never replies")]
    [InlineData("what did the council do after the report")]
    [InlineData("what does being a keeper mean")]
    [InlineData("what do keepers get paid")]
    public void AdviceThePastAndMeaningsAreNotAskedWhatItDoes(string question) => Assert.False(ActivityPrecedence.Asks(question), question);

    [Fact]
    public void ASectionOfTheSameGuideSayingWhatItDoesLeadsWithTheTopsScore()
    {
        ScoredPassage[] scored = [Hit(0, 1.0, questions: "what is a keeper"), Hit(1, 0.9), Hit(2, 0.8, questions: "what do keepers actually do")];
        int[] order = [0, 1, 2];

        ActivityPrecedence.Apply(scored, order);

        Assert.Equal([2, 0, 1], order);
        Assert.Equal(1.0, scored[2].Score);
    }

    [Fact]
    public void AnotherGuidesSectionFarBelowOrCoveringLessDoesNotLead()
    {
        ScoredPassage[] other = [Hit(0, 1.0), Hit(1, 0.95, document: OtherGuide, questions: "what do farmers do")];
        int[] order = [0, 1];
        ActivityPrecedence.Apply(other, order);
        Assert.Equal([0, 1], order);

        ScoredPassage[] far = [Hit(0, 1.0), Hit(1, 0.6, questions: "what do keepers do")];
        ActivityPrecedence.Apply(far, order);
        Assert.Equal([0, 1], order);

        ScoredPassage[] less = [Hit(0, 1.0), Hit(1, 0.95, coverage: 0.7, questions: "what do keepers do")];
        ActivityPrecedence.Apply(less, order);
        Assert.Equal([0, 1], order);
    }

    [Theory]
    [InlineData("what do young ambassadors do")]
    [InlineData("wat kind of stuff do the ambassadors actually do")]
    public void OnTheRealGuidesWhatAmbassadorsDoIsAnsweredByWhatTheyDo(string question) =>
        Assert.Equal("What do young ambassadors do?", Retriever.Retrieve(question, 5).Hits[0].Passage.Heading);
}
