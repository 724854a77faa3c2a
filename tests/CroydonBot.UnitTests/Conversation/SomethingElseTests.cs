using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AG (ofsted-ag): a follow-up asking for something "else" asks for what the last answer did not say.</summary>
public sealed class SomethingElseTests
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", Kind = "guide" };

    // An invented guide of a library's reviews.
    private static readonly IReadOnlyList<Passage> Sections = GuidePassageSplitter.Split(Guide, """
        ## What reviewers said about the reading club

        Reviewers called the reading club impressive.

        ## What reviewers said the library does best

        Reviewers named three strong areas: the reading club, the homework help and the mobile van.

        ## Opening hours

        The library opens at nine.
        """);

    private static RetrievalResult Reading(params (int Section, double Coverage)[] hits) =>
        new(new QueryPlan("q", [], [], false, false), [.. hits.Select((h, i) => new ScoredPassage(Sections[h.Section], i + 1, 1.0 - i * 0.1, h.Coverage))]);

    [Theory]
    [InlineData("wat else did they say was strong")]
    [InlineData("what else")]
    [InlineData("anything else they liked")]
    [InlineData("ok who else helped")]
    [InlineData("n wot else is good about it")]
    public void ElseAfterAQuestionWordAsksForSomethingElse(string text) => Assert.True(SomethingElse.Asks(text), text);

    [Theory]
    [InlineData("or else what happens")]
    [InlineData("what did they say was strong")]
    [InlineData("is there anything else i can do if my pa never texts me back about my flat and my rent")]
    [InlineData("my mate elsewhere got it")]
    public void LookAlikesDoNotAskForSomethingElse(string text) => Assert.False(SomethingElse.Asks(text), text);

    [Fact]
    public void TheSectionJustAnsweredGivesWayToTheNextSureOne()
    {
        var beyond = SomethingElse.Beyond(Reading((0, 0.8), (1, 0.7), (2, 0.6)), [Sections[0].Id], 0.5);
        Assert.NotNull(beyond);
        Assert.Equal(Sections[1].Id, beyond.Best!.Passage.Id);
        Assert.Equal(3, beyond.Hits.Count);
    }

    [Fact]
    public void OfTheOtherSureSectionsTheOneCoveringMostLeads() =>
        Assert.Equal(Sections[2].Id, SomethingElse.Beyond(Reading((0, 0.8), (1, 0.6), (2, 0.9)), [Sections[0].Id], 0.5)?.Best!.Passage.Id);

    [Fact]
    public void NothingChangesWhenTheBestWasNotJustAnswered() =>
        Assert.Null(SomethingElse.Beyond(Reading((1, 0.8), (0, 0.7)), [Sections[0].Id], 0.5));

    [Fact]
    public void NothingChangesWhenNoOtherSectionIsSure() =>
        Assert.Null(SomethingElse.Beyond(Reading((0, 0.8), (1, 0.3)), [Sections[0].Id], 0.5));

    [Fact]
    public void ASectionCoveringNearlyAsMuchAsTheBestIsSureEnough() =>
        Assert.Equal(Sections[1].Id, SomethingElse.Beyond(Reading((0, 0.45), (1, 0.4)), [Sections[0].Id], 0.5)?.Best!.Passage.Id);
}
