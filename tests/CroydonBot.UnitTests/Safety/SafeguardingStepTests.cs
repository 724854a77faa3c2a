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

    private static CroydonAssistant Assistant(ITurnStep dialog) =>
        new([new SafeguardingStep(SafeguardingFixture.Detector, SafeguardingFixture.Data, Replies, NullLogger<SafeguardingStep>.Instance), dialog], Replies);

    private static (TurnContext Context, BufferedReplySink Sink) Turn(string text)
    {
        var sink = new BufferedReplySink();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1",
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = "c1" },
            From = new ChannelAccount { Id = "u1" },
            Recipient = new ChannelAccount { Id = "b1" },
            Text = text,
        };
        return (new TurnContext(activity, new ConversationState(), sink), sink);
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
}
