using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.Pipeline;
using CroydonBot.Storage;
using CroydonBot.UnitTests.Dialogs;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>
/// Round Y (context-y2): a follow-up pointing back that asks what was said about something ("what did they say about ...")
/// stays on the section just answered when that section says every subject it names; the section is what "they" said.
/// </summary>
public sealed class WhatWasSaidOfTheLastAnswerTests
{
    private const string Praise = "what did ofsted like about croydon";

    private static async Task<string> AfterPraiseAsync(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, Praise);
        return await RealContent.AskAsync(step, state, followUp);
    }

    // Which follow-ups may stay on the section just answered: those asking what was said. (The conversation itself is played
    // over the real app in FollowUpConversationTests.WhatTheySaidAboutSomethingTheLastSectionSaysStaysOnThatSection.)
    [Theory]
    [InlineData("what did they say about the independent visitors", true)]
    [InlineData("did they talk about housing at all", true)]
    [InlineData("whats this housing panel thing", false)]
    [InlineData("how often do they meet", false)]
    public void OnlyAFollowUpAskingWhatWasSaidStaysOnTheSectionThatSaidIt(string followUp, bool stays) =>
        Assert.Equal(stays, CroydonBot.Knowledge.QuestionRole.AsksWhatWasSaid(followUp));

    [Fact]
    public async Task AskingWhatTheSubjectIsStillFindsItsOwnSection()
    {
        var next = await AfterPraiseAsync("whats an independent visitor");

        Assert.Contains("volunteer", next);
    }

    [Fact]
    public async Task ANewUnrelatedQuestionAfterTheAnswerStandsAlone()
    {
        var next = await AfterPraiseAsync("how much is the setting up home allowance");

        Assert.Contains("3,000", next);
    }
}
