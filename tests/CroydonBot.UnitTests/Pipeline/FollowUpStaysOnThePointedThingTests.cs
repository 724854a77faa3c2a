using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>
/// Round AK (follow-ak): a follow-up that points back ("it", "that") and asks a kind of fact the section just answered holds,
/// naming nothing that section does not say, stays on that section, even when the conversation's words ("scheme") name
/// another section better.
/// </summary>
public sealed class FollowUpStaysOnThePointedThingTests
{
    [Theory]
    [InlineData("who runs it")]
    [InlineData("who runs that then")]
    [InlineData("so who runs it")]
    public async Task WhoRunsTheJobsSchemeIsAnsweredFromTheCovenant(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "is there any scheme that helps care leavers get jobs");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("Spectra", reply);
        Assert.DoesNotContain("Council Tax", reply);
    }

    [Fact]
    public async Task TheAgeAskedNextIsStillTheCovenants()
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "is there any scheme that helps care leavers get jobs");
        await RealContent.AskAsync(step, state, "who runs it");

        var reply = await RealContent.AskAsync(step, state, "up to what age");

        Assert.Contains("16 to 25", reply);
    }

    [Fact]
    public async Task AFollowUpNamingASubjectTheLastSectionLacksStillMoves()
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "is there any scheme that helps care leavers get jobs");

        var reply = await RealContent.AskAsync(step, state, "who do i ring about council tax");

        Assert.DoesNotContain("Spectra", reply);
    }
}
