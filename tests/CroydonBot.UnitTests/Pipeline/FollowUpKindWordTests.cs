using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>
/// Round AK (sent-ak): a follow-up's word naming the kind of fact it asks ("hours", "age", "scotland") is answered by the sentence
/// holding that kind of fact about the thing just answered, not by a sentence that merely says the word.
/// </summary>
public sealed class FollowUpKindWordTests
{
    [Theory]
    [InlineData("what hours is that")]
    [InlineData("wat hours r they open")]
    [InlineData("what times can i ring them")]
    public async Task TheHoursAskedAfterTheOutOfHoursNumberAreTheEmergencyDutyTeams(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "whats the number for croydon social services out of hours");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("5pm to 9am", reply);
    }

    [Theory]
    [InlineData("can i still use it if i move to scotland")]
    [InlineData("does it work if i live in wales")]
    [InlineData("what if i moved to northern ireland")]
    public async Task ACountryNamedAfterTheCovenantIsAnsweredWithWhereItHolds(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "are there any companies that give jobs or training to care leavers specifically");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("in England", reply);
    }

    [Theory]
    [InlineData("what if i move out of croydon tho")]
    [InlineData("and if i moved to another borough")]
    [InlineData("does it still count if i go to live outside croydon")]
    public async Task MovingAwayAfterTheCouncilTaxReliefIsAnsweredWithWhoItCovers(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "do care leavers pay council tax in croydon");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("inside or outside Croydon", reply);
    }

    // The word naming the kind ("often") is credited only within the section answering: another section's frequency ("every two
    // months" of a PA's visits) must not draw even with the section whose heading says it.
    [Fact]
    public async Task HowOftenAPathwayPlanIsReviewedStaysWithThePathwayPlan()
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "my pathway plan hasnt been reviewed since last year");

        var reply = await RealContent.AskAsync(step, state, "wait how often should it be reviewed");

        Assert.Contains("six months", reply);
    }
}
