using System.Text.Json;
using System.Text.Json.Nodes;
using CroydonBot.Cards;
using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;
using static CroydonBot.UnitTests.Replies.AnswerParts;

namespace CroydonBot.UnitTests.Cards;

/// <summary>The real dialogs/cards/answer.json filled from the typed answer that travels with a reply from ReplyFactory.</summary>
public sealed class AnswerCardTests
{
    private static readonly Wording Wording = YamlFile.Read<Wording>(Path.Combine(SeedPaths.Dialogs, "wording.yaml"));
    private static readonly ReplyFactory Factory = new(Wording, Options.Create(new ContactOptions()));
    private static readonly AnswerCard Card = new(CardTemplate.Load(Path.Combine(SeedPaths.Dialogs, "cards", AnswerCard.TemplateFile)), Factory);
    private static readonly AnswerRenderer Renderer = new(Wording);

    private static Activity Answer(ComposedAnswer answer, params ReplyButton[] buttons) => Factory.Answer(new AnswerReply(answer, buttons));

    private static Activity Answer(params ReplyButton[] buttons) => Answer(Of(Part(Document(), "Care leavers can get help.", "Ask your adviser.")), buttons);

    private static JsonObject ContentOf(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return JsonNode.Parse(JsonSerializer.Serialize(attachment.Content, ProtocolJson.Options))!.AsObject();
    }

    private static List<string> Texts(Activity reply) =>
        [.. ContentOf(reply)["body"]!.AsArray().Select(b => b!["text"]!.GetValue<string>())];

    [Fact]
    public void AnswerBecomesAVersionOnePointFiveCardWithItsTextAndSources()
    {
        var answer = Of(Part(Document(), "Care leavers can get help.", "Ask your adviser."));
        var reply = Card.Apply(Answer(answer, new ReplyButton(Wording.Buttons.Helpful, ButtonAction.Helpful)));

        var card = ContentOf(reply);
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal(["Care leavers can get help. Ask your adviser. [1]", Renderer.SourceLine(answer.Parts[0].Citation)], Texts(reply));
    }

    [Fact]
    public void EachCitedPartHasItsOwnNumberedSourceLine()
    {
        var answer = Of(Part(Document(1), "First."), Part(Guide(2), "Second."));

        var texts = Texts(Card.Apply(Answer(answer)));

        Assert.Equal(["First. [1] Second. [2]", .. Renderer.SourceLines(answer)], texts);
        Assert.StartsWith("[2] ", texts[2]);
    }

    [Fact]
    public void ButtonsBecomeSubmitButtonsByWhatTheyDoAndAreNotAlsoSentAsSuggestedActions()
    {
        var reply = Card.Apply(Answer([.. AnswerSuggestions.For(Wording, hasMore: true), new ReplyButton("What is a PA?")]));

        var submits = ContentOf(reply)["actions"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "Action.Submit").ToList();
        Assert.Equal(
            ["tellMeMore", "helpful", "notHelpful", "ask"],
            submits.Select(a => a!["data"]!["action"]!.GetValue<string>()));
        Assert.Equal("What is a PA?", submits[3]!["data"]!["text"]!.GetValue<string>());
        Assert.Null(reply.SuggestedActions);
    }

    [Fact]
    public void SourceWithAnAddressGetsALinkButton()
    {
        var link = ContentOf(Card.Apply(Answer()))["actions"]!.AsArray()
            .Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl");

        Assert.Equal("https://example.org/news", link!["url"]!.GetValue<string>());
    }

    [Fact]
    public void AGuideLinksThePublicSourceItWasWrittenFrom()
    {
        var answer = Of(Part(Guide(1, new OriginalSource("TfL, photocard", "https://tfl.gov.uk/oyster", null)), "Half-price bus fares."));

        var reply = Card.Apply(Answer(answer));

        var link = ContentOf(reply)["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl");
        Assert.Equal("https://tfl.gov.uk/oyster", link!["url"]!.GetValue<string>());
        Assert.Contains(Texts(reply), t => t.Contains("https://tfl.gov.uk/oyster") && t.Contains("November 2026"));
    }

    [Fact]
    public void ASourceWithoutAnAddressHasNoLinkButton()
    {
        var actions = ContentOf(Card.Apply(Answer(Of(Part(Document(url: ""), "An answer.")))))["actions"]!.AsArray();

        Assert.DoesNotContain(actions, a => a!["type"]!.GetValue<string>() == "Action.OpenUrl");
    }

    [Fact]
    public void TheCardIsTheWholeMessageWithAShortPlainSummaryForNotifications()
    {
        var reply = Card.Apply(Answer());

        // Text beside the card would be a second bubble repeating the answer's first sentence above it.
        Assert.Null(reply.Text);
        Assert.Equal("Care leavers can get help.", reply.Summary);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(reply));
    }

    [Fact]
    public void ThePrefaceThePartNotAnsweredAndALineAddedUnderTheReplyAreReadNotTakenForSources()
    {
        var answer = Of(Part(Document(), "An answer."));
        var reply = Factory.Answer(new AnswerReply(answer, []) { Preface = "OK, nothing was sent.", Unanswered = "how many swans" });
        // As the turn adds the safeguarding check's line under the first reply.
        reply.Text += "\n\nIf you are not safe, call 999.";
        reply.Content = reply.Content!.WithFooter("If you are not safe, call 999.");

        var texts = Texts(Card.Apply(reply));

        Assert.Equal(2, texts.Count);
        Assert.StartsWith("OK, nothing was sent.\n\nAn answer. [1]\n\n", texts[0]);
        Assert.Contains("how many swans", texts[0]);
        Assert.EndsWith("If you are not safe, call 999.", texts[0]);
        Assert.Equal(Renderer.SourceLine(answer.Parts[0].Citation), texts[1]);
    }

    [Fact]
    public void ALinePutBeforeTheReplyOpensTheAnswersText()
    {
        // Round AT (safe-at): as the turn puts the safeguarding check's line first when the step asked for it.
        var answer = Of(Part(Document(), "An answer."));
        var reply = Factory.Answer(new AnswerReply(answer, []) { Preface = "OK, nothing was sent." });
        reply.Content = reply.Content!.WithHeader("If you are not safe, call 999.");

        var texts = Texts(Card.Apply(reply));

        Assert.StartsWith("If you are not safe, call 999.\n\nOK, nothing was sent.\n\nAn answer. [1]", texts[0]);
        Assert.Equal(Renderer.SourceLine(answer.Parts[0].Citation), texts[1]);
    }

    [Fact]
    public void TheCardIsBuiltFromTheAnswersPartsNotFromTheReplyText()
    {
        var reply = Answer();
        reply.Text = "Something else entirely.\n\nNot a source line.";

        Assert.Equal(["Care leavers can get help. Ask your adviser. [1]", Renderer.SourceLine(Document())], Texts(Card.Apply(reply)));
    }

    [Fact]
    public void OnlyKnowledgeAnswersAreCards()
    {
        Assert.True(AnswerCard.IsAnswer(Answer()));
        Assert.False(AnswerCard.IsAnswer(Factory.Welcome()));
        Assert.False(AnswerCard.IsAnswer(Factory.Message("Did you mean?", ReplyKinds.Answer, ["A", "B"])));
        // Serialised and read back (as a channel would), the reply is plain again: the parts never leave the process.
        Assert.False(AnswerCard.IsAnswer(JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(Answer(), ProtocolJson.Options), ProtocolJson.Options)!));
    }
}
