using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class ExcludedClauseTests
{
    private static readonly QueryPlanner Planner = new(RealContent.Index,
        YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
        YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)));

    [Theory]
    [InlineData("where can i get free legal advice, not the council", "council")]
    [InlineData("what did inspectors think of the fostering side, not the overall grade just that bit", "grade")]
    [InlineData("is there a helpline for care leavers - like not a charity", "charity")]
    [InlineData("not the overall grade, just fostering - what did they get", "grade")]
    [InlineData("not the charity one, the council helpline, whats the number", "charity")]
    public void WhatAClauseRulesOutIsNotAnIdeaOfTheQuestion(string question, string ruledOut)
    {
        Assert.DoesNotContain(Planner.Plan(question).Concepts, c => c.Surface == ruledOut);
    }

    [Theory]
    [InlineData("im 22 and not in uni, can i still have a pa", "uni")]
    [InlineData("do i still get a pa if im not in college", "college")]
    [InlineData("is the council not the one who pays", "council")]
    [InlineData("not sure if i can still have a pa at 22", "pa")]
    [InlineData("nothing the council does helps, who do i complain to", "council")]
    public void NotThatSaysWhoAsksIsStillPartOfTheQuestion(string question, string kept)
    {
        Assert.Contains(Planner.Plan(question).Concepts, c => c.Surface == kept);
    }

    [Fact]
    public void OnlyTheWordsAfterTheClauseStartAreRuledOut()
    {
        var words = new[] { "does", "the", "council", "help", "not", "the", "council", "tax", "team" };

        var excluded = ExcludedClause.Words(words, "does the council help, not the council tax team");

        Assert.Equal([false, false, false, false, false, false, true, true, true], excluded);
    }
}
