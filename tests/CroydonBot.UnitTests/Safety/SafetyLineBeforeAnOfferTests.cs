using CroydonBot.Configuration;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AT (safe-at): where the turn puts the safeguarding check's line. Under the first reply with text, as before, unless the step
/// that answered asked for it first (TurnRecord.SafetyLineFirst, the feedback dialog's offer): then before it, in the markdown text Web
/// Chat shows and in the parts a card is laid out from, and only once.
/// </summary>
public sealed class SafetyLineBeforeAnOfferTests
{
    private const string Line = "If you are not safe right now, call 999, or Childline on 0800 1111 (under 19) or Samaritans on 116 123, free, any time.";
    private static readonly ReplyFactory Factory = new(new Wording(), Options.Create(new ContactOptions()));

    private static CroydonBot.Protocol.Activity Offer()
    {
        var reply = Factory.Message("Shall I send this as your feedback?\n\n> my PA never rings back", ReplyKinds.Feedback, ["Yes", "No"]);
        reply.Content = new PromptReply("Shall I send this as your feedback?", [new("yes", "Yes"), new("no", "No")], []);
        return reply;
    }

    [Fact]
    public async Task WhenTheStepAsksForItFirstTheLineOpensTheTextAndTheCard()
    {
        var (context, sink) = Pipeline.Turn.Of("my PA never rings back");
        context.Record.SafetyLine = Line;
        context.Record.SafetyLineFirst = true;

        await context.SendActivityAsync(Offer());
        await context.SendActivityAsync(Factory.Message("And another thing", ReplyKinds.Feedback));

        var offer = sink.Replies[0];
        Assert.StartsWith(Line + "\n\nShall I send this as your feedback?", offer.Text);
        Assert.Equal(2, offer.Text!.Split(Line).Length); // once: nothing before it, the offer after it
        var prompt = Assert.IsType<PromptReply>(offer.Content);
        Assert.Equal([Line], prompt.Header);
        Assert.Empty(prompt.Footer);
        Assert.DoesNotContain(Line, sink.Replies[1].Text);
    }

    [Fact]
    public async Task OtherwiseTheLineStaysUnderTheReply()
    {
        var (context, sink) = Pipeline.Turn.Of("my PA never rings back");
        context.Record.SafetyLine = Line;

        await context.SendActivityAsync(Offer());

        var offer = Assert.Single(sink.Replies);
        Assert.EndsWith("\n\n" + Line, offer.Text);
        var prompt = Assert.IsType<PromptReply>(offer.Content);
        Assert.Equal([Line], prompt.Footer);
        Assert.Empty(prompt.Header);
    }
}
