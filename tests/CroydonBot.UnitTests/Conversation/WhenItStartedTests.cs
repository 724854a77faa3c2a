using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AA (context-aa): "when did it start" asks when the subject began, not any date of the last answer.</summary>
public sealed class WhenItStartedTests
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", Kind = "guide" };

    private static readonly IReadOnlyList<Passage> Sections = GuidePassageSplitter.Split(Guide, """
        ## What the inspectors said about the youth panel

        In its March 2025 report the inspectors called the youth panel "excellent". The visit was in January 2025.

        ## What is the youth panel?

        The youth panel is a group of young people who advise the council. Nobody wrote down the day it started. It was new in spring 2022.

        ## The sports fund

        The sports fund began in June 2021 and pays for club fees.

        ## The music club

        The music club meets on Fridays. It was set up by young people. It has 40 members. In 2024 it played at the town hall.
        """);

    [Theory]
    [InlineData("when did it start")]
    [InlineData("so when did that panel even begin")]
    [InlineData("wen was it set up")]
    [InlineData("and when were they launched")]
    [InlineData("since when has the panel been going")]
    [InlineData("n since when is that a thing")]
    public void APastQuestionAboutWhenItBeganAsksTheStart(string text) => Assert.True(WhenItStarted.Asks(text), text);

    [Theory]
    // The asker's own start, the future, a date of its own, no word of starting, or a long question of its own.
    [InlineData("when did i start getting it")]
    [InlineData("when does it start")]
    [InlineData("did it start in 2019")]
    [InlineData("when was the report published")]
    [InlineData("since when can i get it")]
    [InlineData("when did the council start paying the fund to people who live outside the borough")]
    public void LookAlikesDoNotAsk(string text) => Assert.False(WhenItStarted.Asks(text), text);

    [Fact]
    public void ASectionOfOtherDatesDoesNotTellTheStart() => Assert.False(WhenItStarted.Tells(Sections[0]));

    [Fact]
    public void AStartWordFollowedByADatedSentenceTellsTheStart() => Assert.True(WhenItStarted.Tells(Sections[1]));

    [Fact]
    public void AStartWordWithADateTellsTheStart() => Assert.True(WhenItStarted.Tells(Sections[2]));

    [Fact]
    public void AStartWordWithNoDateNearItDoesNotTellTheStart() => Assert.False(WhenItStarted.Tells(Sections[3]));
}
