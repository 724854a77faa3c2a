using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class UnknownSubjectTests
{
    private static QueryConcept Known(string word, double weight) => new(word, [[word]], weight);

    private static QueryConcept Unseen(string word) => new(word, [[word]], 5.57) { Unknown = true };

    private static QueryPlan Plan(params QueryConcept[] concepts) => new("question", concepts, [], false, false);

    [Fact]
    public void AQuestionMostlyAboutAnUnseenThingIsNotAnswered()
    {
        Assert.True(UnknownSubject.Dominates(Plan(Known("apply", 3.17), Unseen("pip"))));
    }

    [Fact]
    public void OneIncidentalUnseenWordBesideTwoKnownIdeasDoesNotDecide()
    {
        Assert.False(UnknownSubject.Dominates(Plan(Known("council tax relief", 2.9), Known("care leaver", 2.0), Unseen("flatmate"))));
    }

    [Fact]
    public void UnseenNumbersAndInitialsAreNotSubjects()
    {
        Assert.False(UnknownSubject.Dominates(Plan(Known("social worker", 1.4), Unseen("41"), Unseen("d"))));
    }

    [Fact]
    public void AQuestionWithNoIdeasIsLeftToTheOtherChecks()
    {
        Assert.False(UnknownSubject.Dominates(Plan()));
    }
}
