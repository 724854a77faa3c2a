using CroydonBot.Bot;
using CroydonBot.Configuration;
using CroydonBot.Dialogs;
using CroydonBot.Pipeline;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Safety;
using CroydonBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Safety;

public sealed class SafeguardingStepTests
{
    private static readonly ReplyFactory Replies = new(
        YamlFile.Read<Wording>(RepositoryPaths.Combine("dialogs", "wording.yaml")),
        Options.Create(new ContactOptions()));

    [Fact]
    public async Task ACrisisIsAnsweredBeforeAnActiveDialog()
    {
        var dialog = new ActiveDialogStep();
        var (context, sink) = Turn("my step dad is back n hes drunk smashing stuff up, im hiding in my room");

        await Assistant(dialog).OnTurnAsync(context, CancellationToken.None);

        Assert.False(dialog.Ran);
        var reply = Assert.Single(sink.Replies);
        Assert.Equal(ReplyKinds.Safeguarding, ReplyChannelData.KindOf(reply));
        Assert.Equal(ReplyKinds.Safeguarding, context.Record.Kind);
        Assert.True(context.Record.SafeguardingFlag);
        Assert.True(context.Record.IsQuestion);
        Assert.True(context.State.SafeguardingFlagged);
    }

    [Fact]
    public async Task TheReplyGivesEveryHelplineFromConfigurationAndOffersToCarryOn()
    {
        var (context, sink) = Turn("i took a load of pills");

        await Assistant(new ActiveDialogStep()).OnTurnAsync(context, CancellationToken.None);

        var reply = Assert.Single(sink.Replies);
        var contacts = new ContactOptions();
        foreach (var expected in new[] { contacts.Emergency, contacts.Childline, contacts.Samaritans, contacts.ShoutKeyword, contacts.ShoutNumber,
                     contacts.SocialCareDayLine, contacts.SocialCareOutOfHoursLine, "personal adviser", "bot" })
        {
            Assert.Contains(expected, reply.Text);
        }
        Assert.DoesNotContain("{", reply.Text);
        Assert.NotEmpty(reply.SuggestedActions!.Actions);
    }

    [Fact]
    public async Task AnOrdinaryQuestionGoesOnToTheNextStep()
    {
        var dialog = new ActiveDialogStep();
        var (context, sink) = Turn("what can i get as a care leaver");

        await Assistant(dialog).OnTurnAsync(context, CancellationToken.None);

        Assert.True(dialog.Ran);
        Assert.False(context.Record.SafeguardingFlag);
        Assert.False(context.State.SafeguardingFlagged);
        Assert.DoesNotContain(sink.Replies, r => ReplyChannelData.KindOf(r) == ReplyKinds.Safeguarding);
    }

    [Fact]
    public void TheStepRunsBeforeDialogs() =>
        Assert.True(IndexOf<SafeguardingStep>() < IndexOf<DialogStep>());

    private static int IndexOf<TStep>() => TurnPipeline.Steps.ToList().IndexOf(typeof(TStep));

    [Fact]
    public async Task ACrisisSplitOverTwoMessagesIsCaughtOnTheSecond()
    {
        var state = new ConversationState();
        var (first, firstSink) = Turn("my foster carer", state);
        await Assistant(new ActiveDialogStep()).OnTurnAsync(first, CancellationToken.None);
        Assert.DoesNotContain(firstSink.Replies, r => ReplyChannelData.KindOf(r) == ReplyKinds.Safeguarding);

        var (second, sink) = Turn("hits me with a belt when im late", state);
        await Assistant(new ActiveDialogStep()).OnTurnAsync(second, CancellationToken.None);

        Assert.Equal(ReplyKinds.Safeguarding, ReplyChannelData.KindOf(Assert.Single(sink.Replies)));
        Assert.Empty(state.SafeguardingWindow);
    }

    [Fact]
    public async Task AnotherPersonsMessagesAreNotReadWithMine()
    {
        var state = new ConversationState();
        var (first, _) = Turn("my foster carer", state, from: "someone-else");
        await Assistant(new ActiveDialogStep()).OnTurnAsync(first, CancellationToken.None);

        var (second, _) = Turn("hits me with a belt when im late", state);
        await Assistant(new ActiveDialogStep()).OnTurnAsync(second, CancellationToken.None);

        Assert.DoesNotContain("+window", second.Record.SafeguardingLayer);
    }

    [Fact]
    public async Task TheWindowKeepsOnlyRedactedTextAndNoChannelId()
    {
        var state = new ConversationState();
        var (context, _) = Turn("my email is sam.jones@example.com what is the bursary", state);
        await Assistant(new ActiveDialogStep()).OnTurnAsync(context, CancellationToken.None);

        var kept = Assert.Single(state.SafeguardingWindow);
        Assert.DoesNotContain("sam.jones", kept.Text);
        Assert.DoesNotContain("u1", kept.From);
    }

    [Fact]
    public async Task AHousingQuestionGetsItsAnswerWithTheNowhereToSleepTonightLine()
    {
        var (context, sink) = Turn("what happens if a care leaver becomes homeless");

        await Assistant(new AnsweringStep()).OnTurnAsync(context, CancellationToken.None);

        var reply = Assert.Single(sink.Replies);
        Assert.StartsWith("an answer", reply.Text);
        Assert.Contains("Nowhere safe to sleep tonight", reply.Text);
        Assert.Contains(new ContactOptions().SocialCareOutOfHoursLine, reply.Text);
        Assert.Equal("housing", context.Record.SafeguardingTier);
    }

    [Fact]
    public async Task AfterTheCrisisReplyTheNextAnswersKeepTheHelplinesUnderThem()
    {
        var state = new ConversationState();
        var (crisis, _) = Turn("i swallowed everything in the medicine cabinet an hour ago", state);
        await Assistant(new AnsweringStep()).OnTurnAsync(crisis, CancellationToken.None);
        Assert.Equal(ReplyKinds.Safeguarding, crisis.Record.Kind);

        var samaritans = new ContactOptions().Samaritans;
        var remind = new SafeguardingOptions().RemindAfterCrisis;

        // Right after the crisis reply (round H): the helplines again, shorter, then the question's answer.
        var (first, firstSink) = Turn("how do i get a copy of my birth certificate", state);
        await Assistant(new AnsweringStep()).OnTurnAsync(first, CancellationToken.None);
        Assert.Equal(2, firstSink.Replies.Count);
        Assert.Equal(ReplyKinds.Safeguarding, ReplyChannelData.KindOf(firstSink.Replies[0]));
        Assert.Contains(samaritans, firstSink.Replies[0].Text);
        Assert.Empty(firstSink.Replies[0].SuggestedActions?.Actions ?? []);
        Assert.StartsWith("an answer", firstSink.Replies[1].Text);
        Assert.True(first.Record.SafeguardingFlag);

        for (var turn = 1; turn <= remind + 1; turn++)
        {
            var (next, sink) = Turn("how do i get a copy of my birth certificate", state);
            await Assistant(new AnsweringStep()).OnTurnAsync(next, CancellationToken.None);

            var reply = Assert.Single(sink.Replies);
            Assert.StartsWith("an answer", reply.Text);
            if (turn <= remind)
            {
                Assert.Contains(samaritans, reply.Text);
            }
            else
            {
                Assert.DoesNotContain(samaritans, reply.Text);
            }
        }
    }

    [Theory]
    [InlineData("got chucked out of my supported housing tonight, can the council put me in a b&b?", true)]
    [InlineData("i cut my arm really deep and it wont stop bleeding, can i still do the ambassador training?", false)]
    public async Task AHomeOrMoneyCrisisWithAQuestionGetsTheCrisisReplyFirstThenTheAnswer(string message, bool answered)
    {
        var (context, sink) = Turn(message);

        await Assistant(new AnsweringStep()).OnTurnAsync(context, CancellationToken.None);

        Assert.Equal(ReplyKinds.Safeguarding, ReplyChannelData.KindOf(sink.Replies[0]));
        Assert.Contains(new ContactOptions().Childline, sink.Replies[0].Text);
        Assert.Equal(answered ? 2 : 1, sink.Replies.Count);
        Assert.Equal(answered, sink.Replies.Any(r => r.Text?.StartsWith("an answer", StringComparison.Ordinal) == true));
        Assert.True(context.Record.SafeguardingFlag);
        Assert.True(context.State.SafeguardingFlagged);
    }

    [Fact]
    public async Task InADialogAHomeCrisisWithAQuestionGetsTheCrisisReplyAloneAndTheDialogNeverTakesIt()
    {
        var dialog = new ActiveDialogStep();
        var state = new ConversationState();
        state.DialogStack.Add(new DialogInstance { Id = "feedback" });
        var (context, sink) = Turn("got chucked out of my supported housing tonight, can the council put me in a b&b?", state);

        await Assistant(dialog).OnTurnAsync(context, CancellationToken.None);

        Assert.False(dialog.Ran);
        Assert.Equal(ReplyKinds.Safeguarding, ReplyChannelData.KindOf(Assert.Single(sink.Replies)));
    }

    [Fact]
    public async Task AfterACrisisInsideADialogTheDialogTakesTheNextMessageAndTheReplyIsNotGivenAgainLater()
    {
        var state = new ConversationState();
        state.DialogStack.Add(new DialogInstance { Id = "feedback" });
        var (crisis, _) = Turn("i swallowed everything in the medicine cabinet an hour ago", state);
        await Assistant(new ActiveDialogStep()).OnTurnAsync(crisis, CancellationToken.None);

        var dialog = new ActiveDialogStep();
        var (next, _) = Turn("the youth club shut in the summer and nobody told us", state);
        await Assistant(dialog).OnTurnAsync(next, CancellationToken.None);
        Assert.True(dialog.Ran);

        state.DialogStack.Clear();
        var (later, sink) = Turn("how do i get a copy of my birth certificate", state);
        await Assistant(new AnsweringStep()).OnTurnAsync(later, CancellationToken.None);
        Assert.StartsWith("an answer", Assert.Single(sink.Replies).Text);
    }

    [Fact]
    public async Task TheCrisisReplyIsMarkdownWithTappableNumbers()
    {
        var (context, sink) = Turn("ive been cutting again");

        await Assistant(new ActiveDialogStep()).OnTurnAsync(context, CancellationToken.None);

        var reply = Assert.Single(sink.Replies);
        Assert.Equal("markdown", reply.TextFormat);
        Assert.Contains("](tel:08001111)", reply.Text);
        Assert.Contains("](tel:116123)", reply.Text);
    }

    private static SafeguardingStep Step() => new(
        SafeguardingFixture.Check, SafeguardingFixture.Data, Replies, new PersonalDataRedactor(),
        Options.Create(new SafeguardingOptions()), NullLogger<SafeguardingStep>.Instance);

    private static CroydonAssistant Assistant(ITurnStep dialog) =>
        new([Step(), dialog], Replies);

    private static (TurnContext Context, BufferedReplySink Sink) Turn(string text, ConversationState? state = null, string from = "u1")
    {
        var sink = new BufferedReplySink();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1",
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = "c1" },
            From = new ChannelAccount { Id = from },
            Recipient = new ChannelAccount { Id = "b1" },
            Text = text,
        };
        return (new TurnContext(activity, state ?? new ConversationState(), sink), sink);
    }

    /// <summary>Stands in for a dialog in progress: it would take every message if it were asked.</summary>
    private sealed class ActiveDialogStep : ITurnStep
    {
        public bool Ran { get; private set; }

        public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Ran = true;
            await turnContext.SendActivityAsync(new Activity { Text = "What is your feedback about?" }, cancellationToken);
            return true;
        }
    }

    /// <summary>Stands in for the knowledge base: answers every message.</summary>
    private sealed class AnsweringStep : ITurnStep
    {
        public int Order => 500;

        public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await turnContext.SendActivityAsync(new Activity { Text = "an answer" }, cancellationToken);
            return true;
        }
    }
}
