using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.Knowledge;
using CroydonBot.Pipeline;
using CroydonBot.Replies;
using CroydonBot.Storage;
using CroydonBot.UnitTests.Dialogs;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class KnowledgeStepTests
{
    private static KnowledgeStep Step(KnowledgeIndex index)
    {
        return RealContent.KnowledgeStep(RealContent.Knowledge(index));
    }

    [Fact]
    public async Task AQuestionTheSeedsAnswerGetsAShortSourcedAnswer()
    {
        var (context, sink) = Turn.Of("what did ofsted say about croydon in 2024");

        Assert.True(await Step(RealContent.Index).TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(reply));
        Assert.NotNull(reply.Entities);
        Assert.Contains(RealContent.Wording.Buttons.Helpful, reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.True(context.Record.IsQuestion);
        Assert.Equal(ReplyKinds.Answer, context.Record.Kind);
        Assert.NotEmpty(context.Record.Sources);
        Assert.Equal(context.Record.Sources, context.State.LastAnswer!.PassageIds);
        Assert.True(context.Record.Confidence >= RealContent.KnowledgeOptions.Value.ConfidenceThreshold);
    }

    [Fact]
    public async Task AQuestionBeyondTheSeedsGetsAnHonestIDontKnowAndForgetsTheLastAnswer()
    {
        var state = new ConversationState { LastAnswer = new LastAnswer { PassageIds = ["x"] } };
        var (context, sink) = Turn.Of("xylophone zeppelin quasar", state);

        Assert.True(await Step(RealContent.Index).TryHandleAsync(context, CancellationToken.None));

        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(Assert.Single(sink.Replies)));
        Assert.Equal(ReplyKinds.Fallback, context.Record.Kind);
        Assert.True(context.Record.IsQuestion);
        Assert.Empty(context.Record.Sources);
        Assert.Null(state.LastAnswer);
    }

    [Fact]
    public async Task AnAskerWhoSaysTheyAreNotACareLeaverIsToldTheGuidesDoNotCoverThemNotGivenTheCareLeaverAnswer()
    {
        var (context, sink) = Turn.Of("im 18 at college not a care leaver, is there a student oyster discount");

        Assert.True(await Step(RealContent.Index).TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(reply));
        Assert.StartsWith(RealContent.Wording.OutsideTheCoveredGroup, reply.Text);
        Assert.DoesNotContain("£20", reply.Text);
    }

    [Fact]
    public async Task AQuestionAboutAYearNoSourceSpeaksOfSaysSoInsteadOfAnsweringWithTheRatingNow()
    {
        var (context, sink) = Turn.Of("what was croydon's ofsted rating in 2008");

        Assert.True(await Step(RealContent.Index).TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(reply));
        Assert.StartsWith(RealContent.Wording.YearNotCovered.Replace("{year}", "2008"), reply.Text);
    }

    [Fact]
    public async Task NoneOfTheseGetsTheFallbackWithoutLoggingAQuestion()
    {
        var (context, sink) = Turn.Of(RealContent.Wording.Buttons.NoneOfThese.ToUpperInvariant());

        Assert.True(await Step(RealContent.Index).TryHandleAsync(context, CancellationToken.None));

        Assert.Equal(RealContent.Replies.Fallback().Text, Assert.Single(sink.Replies).Text);
        Assert.Equal(ReplyKinds.Fallback, context.Record.Kind);
        Assert.False(context.Record.IsQuestion);
    }

    [Fact]
    public async Task WhatIsKeptForFollowUpsHoldsNothingTheYoungPersonWrote()
    {
        var (context, _) = Turn.Of("what did ofsted say about croydon in 2024? email me at sam.jones@example.com");

        await Step(RealContent.Index).TryHandleAsync(context, CancellationToken.None);

        Assert.NotNull(context.State.LastAnswer);
        Assert.DoesNotContain("sam.jones", ConversationStateJson.Write(context.State));
    }

    [Fact]
    public async Task DidYouMeanOffersBothHeadingsWhenTwoTopicsAnswerAVagueQuestionEqually()
    {
        using var index = KnowledgeIndex.Build(
        [
            Guide("guide-money.md", "money", "What the council pays"),
            Guide("guide-home.md", "home", "Who to ask first"),
            Guide("guide-travel.md", "travel", "Getting about", "A free bus pass for care leavers under 21."),
        ], new TermAnalyzer());
        var (context, sink) = Turn.Of("housing?");

        Assert.True(await Step(index).TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal(RealContent.Replies.Fill(RealContent.Wording.DidYouMean.Text), reply.Text);
        var titles = reply.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["What the council pays", "Who to ask first"], titles.Take(2).Order());
        Assert.Equal(RealContent.Wording.Buttons.NoneOfThese, titles[^1]);
        Assert.Equal(ReplyKinds.Answer, context.Record.Kind);
        Assert.True(context.Record.IsQuestion);
        Assert.Empty(context.Record.Sources);
        Assert.Null(context.State.LastAnswer);
    }

    [Fact]
    public async Task AClearBestPassageIsAnsweredWithoutAskingBack()
    {
        using var index = KnowledgeIndex.Build(
        [
            Guide("guide-money.md", "money", "What the council pays"),
            Guide("guide-travel.md", "travel", "Getting about", "A free bus pass for care leavers under 21."),
        ], new TermAnalyzer());
        var (context, sink) = Turn.Of("housing?");

        Assert.True(await Step(index).TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Contains("Housing support", reply.Text);
        Assert.Equal(["guide-money.md#0"], context.Record.Sources);
    }

    /// <summary>A guide section; two with the same text score the same, so only their headings and topics tell them apart.</summary>
    private static Passage Guide(string file, string topic, string heading, string text = "Housing support for care leavers in Croydon.") => new()
    {
        Id = file + "#0",
        Document = new ManifestEntry
        {
            File = file,
            Title = "Guide",
            Publisher = "Croydon Council",
            Date = new DateOnly(2026, 11, 1),
            DateLabel = "November 2026",
            Url = "https://example.org/" + file,
            Kind = "guide",
            Topic = topic,
        },
        Heading = heading,
        Text = text,
    };
}
