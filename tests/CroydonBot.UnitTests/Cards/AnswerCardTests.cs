using System.Text.Json.Nodes;
using System.Text.Json;
using CroydonBot.Cards;
using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Cards;

/// <summary>The real dialogs/cards/answer.json filled from an answer reply as ReplyFactory builds it.</summary>
public sealed class AnswerCardTests
{
    private static readonly Wording Wording = YamlFile.Read<Wording>(Path.Combine(SeedPaths.Dialogs, "wording.yaml"));
    private static readonly AnswerCard Card = new(CardTemplate.Load(Path.Combine(SeedPaths.Dialogs, "cards", AnswerCard.TemplateFile)), Wording);

    private static Activity Answer(string text, params string[] suggestions)
    {
        var factory = new ReplyFactory(Wording, Options.Create(new ContactOptions()));
        var citation = new Citation(1, "A guide", "https://example.org/guide", "Abstract", "May 2024");
        return factory.Answer(text, [citation], suggestions, 0.9, ["guide.md#1"]);
    }

    private static JsonObject ContentOf(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return JsonNode.Parse(JsonSerializer.Serialize(attachment.Content, ProtocolJson.Options))!.AsObject();
    }

    [Fact]
    public void AnswerBecomesAVersionOnePointFiveCardWithItsTextAndSources()
    {
        var reply = Card.Apply(Answer("Care leavers can get help. Ask your adviser. [1]\n\n[1] Source: A guide, May 2024.", Wording.Buttons.Helpful));

        var card = ContentOf(reply);
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var texts = card["body"]!.AsArray().Select(b => b!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Care leavers can get help. Ask your adviser. [1]", "[1] Source: A guide, May 2024."], texts);
    }

    [Fact]
    public void SuggestionsBecomeSubmitButtonsAndAreNotAlsoSentAsSuggestedActions()
    {
        var reply = Card.Apply(Answer("An answer. [1]\n\n[1] Source: A guide.", Wording.Buttons.TellMeMore, Wording.Buttons.Helpful, Wording.Buttons.NotHelpful, "What is a PA?"));

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
        var link = ContentOf(Card.Apply(Answer("An answer. [1]\n\n[1] Source: A guide.")))["actions"]!.AsArray()
            .Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl");

        Assert.Equal("https://example.org/guide", link!["url"]!.GetValue<string>());
    }

    [Fact]
    public void TextStaysAsAShortPlainSummary()
    {
        var reply = Card.Apply(Answer("Care leavers can get help. Ask your adviser. [1]\n\n[1] Source: A guide."));

        Assert.Equal("Care leavers can get help.", reply.Text);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(reply));
    }

    [Fact]
    public void OnlyKnowledgeAnswersAreCards()
    {
        var factory = new ReplyFactory(Wording, Options.Create(new ContactOptions()));

        Assert.True(AnswerCard.IsAnswer(Answer("An answer.")));
        Assert.False(AnswerCard.IsAnswer(factory.Welcome()));
        Assert.False(AnswerCard.IsAnswer(factory.Message("Did you mean?", ReplyKinds.Answer, ["A", "B"])));
    }
}
