using CroydonBot.Conversation;
using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Conversation;

public sealed class EnrichedQueryTests
{
    private static readonly ConversationContext Bursary = new() { Terms = ["bursary", "uni", "care leavers"], Years = [2024] };

    [Fact]
    public void AFollowUpIsSearchedWithTheLastSubjectsIdeasAndYears() =>
        Assert.Equal("how much is it bursary uni care leavers 2024", ContextualRetrieval.EnrichedQuery("how much is it", Bursary, namesYear: false));

    [Fact]
    public void IdeasTheFollowUpAlreadyNamesAreNotAddedTwice() =>
        Assert.Equal("is the uni bursary every year? care leavers 2024", ContextualRetrieval.EnrichedQuery("is the uni bursary every year?", Bursary, namesYear: false));

    [Fact]
    public void AFollowUpNamingItsOwnYearDropsTheOldOne() =>
        Assert.Equal("and in 2020? bursary uni care leavers", ContextualRetrieval.EnrichedQuery("and in 2020?", Bursary, namesYear: true));

    [Fact]
    public void AFollowUpNamingItsOwnAgeDropsTheOldOne()
    {
        var housing = new ConversationContext { Terms = ["19", "priority need", "housing"], Years = [] };

        Assert.Equal("what about once im 21 priority need housing", ContextualRetrieval.EnrichedQuery("what about once im 21", housing, namesYear: false));
    }
}
