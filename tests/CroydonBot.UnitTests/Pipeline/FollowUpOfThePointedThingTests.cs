using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>
/// Round AH (conv-ah): a follow-up that points back and asks where the thing just answered applies, or how long it takes, is
/// answered from that thing's section, which says it; the place it names is a condition, not a new subject. And what is told
/// after a question ("... never got one and my new job wants it") is no second question that the conversation then follows.
/// </summary>
public sealed class FollowUpOfThePointedThingTests
{
    [Theory]
    [InlineData("is it just for london")]
    [InlineData("does it only apply in london")]
    [InlineData("does it work in wales too")]
    public async Task WhereTheCovenantAppliesIsAnsweredFromTheCovenant(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "whats the care leaver covenant, my PA mentioned it");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("England", reply);
        Assert.DoesNotContain("Oyster", reply);
    }

    [Theory]
    [InlineData("is that the same in every council")]
    [InlineData("do all councils pay that")]
    public async Task WhetherEveryCouncilPaysTheSameIsAnsweredFromTheAllowance(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "wats the setting up home money thing");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("different amounts", reply);
    }

    [Theory]
    [InlineData("how do i get a national insurance number?? never got one and my new job wants it")]
    [InlineData("how do i get an ni number? my work keeps asking for it")]
    public async Task WhatIsToldAfterAQuestionDoesNotBecomeTheSubject(string question)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, question);

        Assert.StartsWith("ID: National Insurance number", state.Context!.Section, StringComparison.Ordinal);
        var next = await RealContent.AskAsync(step, state, "how long does it take");

        Assert.Contains("7 weeks", next);
    }
}
