using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

public sealed class BetweenTwoYearsTests
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", Kind = "guide" };

    private static readonly ManifestEntry News = new() { File = "news.txt", Title = "News", Publisher = "P", Kind = "news" };

    // An invented timeline of a museum's reviews.
    private static readonly IReadOnlyList<Passage> Sections = GuidePassageSplitter.Split(Guide, """
        ## March 2010: judged fine (history)

        The museum was judged fine.

        ## May 2013: a short visit (history)

        Reviewers made a short visit.

        ## 2014: the second short visit (history)

        Reviewers came back.

        ## June 2018: judged excellent

        The museum was judged excellent.

        ## Who runs the museum?

        A trust runs it.
        """);

    [Theory]
    [InlineData("and in between 2010 and 2018 did they do anything", 2010, 2018)]
    [InlineData("anything from 2010 to 2018?", 2010, 2018)]
    [InlineData("wat happened between 2018 n 2010", 2010, 2018)]
    public void ASpanOfTwoYearsIsRead(string question, int from, int to) =>
        Assert.Equal((from, to), BetweenTwoYears.Asked(question));

    [Theory]
    [InlineData("what happened in 2010 and 2018")]
    [InlineData("between 2017 and 2018")]
    [InlineData("between 10 and 18 years old")]
    [InlineData("what happened after that")]
    public void NoSpanOrAdjacentYearsIsNoSpan(string question) =>
        Assert.Null(BetweenTwoYears.Asked(question));

    [Fact]
    public void TheFirstStepOfTheTimelineStrictlyBetweenTheYearsIsTheAnswer() =>
        Assert.Same(Sections[1], BetweenTwoYears.For(Sections, Sections[3], 2010, 2018));

    [Fact]
    public void AGuideWithNoStepBetweenGivesNothing() =>
        Assert.Null(BetweenTwoYears.For(Sections, Sections[3], 2014, 2018));

    [Fact]
    public void AnAnswerFromOutsideAGuideGivesNothing()
    {
        var news = GuidePassageSplitter.Split(News, "## A story\n\nThe museum opened a wing.");
        Assert.Null(BetweenTwoYears.For([.. Sections, .. news], news[0], 2010, 2018));
    }

    [Theory]
    // Round AJ (ofsted-aj): asked alone, whether anything happened between two years is the step between them.
    [InlineData("did the reviewers come back at all between 2010 and 2018")]
    [InlineData("was there any visit from 2010 to 2018 or did they leave it")]
    [InlineData("did they do anything between 2010 n 2018")]
    public void AskedAloneWhetherAnythingHappenedBetweenGivesTheStepBetween(string question) =>
        Assert.Same(Sections[1], BetweenTwoYears.FirstAsked(question, Sections[3], Sections));

    [Fact]
    public void ComparingTheTwoEndsAskedAloneKeepsTheReading() =>
        Assert.Null(BetweenTwoYears.FirstAsked("how much did the museum improve between 2010 and 2018", Sections[3], Sections));

    [Fact]
    public void AReadingThatFoundAStepBetweenKeepsIt() =>
        Assert.Null(BetweenTwoYears.FirstAsked("how many visits were there between 2010 and 2018", Sections[2], Sections));

    // Round AT (perf-at): the digits this pattern hands to int.Parse are ASCII ones. PlainDigitsStep folds other scripts' digits
    // at the message's entry; read without it, such digits are no number here rather than a failed turn.
    [Fact]
    public void YearsInAnotherScriptsDigitsAreNoSpanAsked()
    {
        Assert.Equal((2017, 2024), BetweenTwoYears.Asked("what changed between 2017 and 2024"));
        Assert.Null(BetweenTwoYears.Asked("what changed between \u0662\u0660\u0661\u0667 and \u0662\u0660\u0662\u0664"));
    }
}
