using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>
/// Round AI (conv-ai): a short follow-up asking a fact of the thing just answered (how long it lasts, its age rule, its phone
/// number) is answered from that thing's section, which holds the fact, not from whichever section says the fact of something else.
/// </summary>
public sealed class FollowUpFactOfTheLastThingTests
{
    [Theory]
    [InlineData("how long can u do it for")]
    [InlineData("how long does it last")]
    [InlineData("how long can i stay")]
    public async Task HowLongStayingPutLastsIsAnsweredFromStayingPut(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "what is staying put");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("21", reply);
        Assert.DoesNotContain("pathway plan", reply);
    }

    [Theory]
    [InlineData("wat age do u have to be")]
    [InlineData("am i too young at 15")]
    [InlineData("how old do you have to be")]
    public async Task TheAgeRuleAskedAfterJoiningTheAmbassadorsIsTheAmbassadorsOwn(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "how do i become a young ambassador");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("14 to 25", reply);
    }

    [Theory]
    [InlineData("whats their number")]
    [InlineData("have u got a phone number for them")]
    [InlineData("what number do i ring")]
    public async Task TheNumberAskedAfterHowToComplainIsTheComplaintsTeams(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "how do i complain about my social worker");
        await RealContent.AskAsync(step, state, "can someone help me do it, im not good with writing stuff");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("8726 6000", reply);
    }
}
