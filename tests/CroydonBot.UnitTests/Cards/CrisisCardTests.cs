using System.Text.Json;
using System.Text.Json.Nodes;
using CroydonBot.Cards;
using CroydonBot.Configuration;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Safety;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Cards;

/// <summary>The real dialogs/cards/crisis.json filled from the crisis reply as the safeguarding step builds it.</summary>
public sealed class CrisisCardTests
{
    private static readonly Wording Wording = YamlFile.Read<Wording>(Path.Combine(SeedPaths.Dialogs, "wording.yaml"));
    private static readonly SafeguardingData Data = YamlFile.Read<SafeguardingData>(Path.Combine(SeedPaths.Dialogs, SafeguardingData.File));
    private static readonly CrisisCard Card = new(CardTemplate.Load(Path.Combine(SeedPaths.Dialogs, "cards", CrisisCard.TemplateFile)));

    private static Activity CrisisReply()
    {
        var factory = new ReplyFactory(Wording, Options.Create(new ContactOptions()));
        var reply = factory.Message(factory.Fill(Data.Reply.Text), ReplyKinds.Safeguarding, Data.Reply.Suggestions);
        reply.TextFormat = "markdown";
        return reply;
    }

    private static JsonObject ContentOf(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return JsonNode.Parse(JsonSerializer.Serialize(attachment.Content, ProtocolJson.Options))!.AsObject();
    }

    [Fact]
    public void TheCrisisReplyIsACardWhoseMarkdownKeepsEveryTelLink()
    {
        var text = CrisisReply().Text!;
        var card = ContentOf(Card.Apply(CrisisReply()));

        Assert.Equal(text, card["body"]!.AsArray()[0]!["text"]!.GetValue<string>());
        Assert.Contains("(tel:999)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", card["speak"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("](", card["speak"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstNumbersBecomeCallButtonsShoutATextButtonAndTheSuggestionsSubmitButtons()
    {
        var reply = Card.Apply(CrisisReply());

        var card = ContentOf(reply);
        // Each number's button on a row of its own under the list, so no title is cut short.
        var calls = card["body"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "ActionSet")
            .Select(set => Assert.Single(set!["actions"]!.AsArray())!).ToList();
        Assert.All(calls, a => Assert.Equal("Action.OpenUrl", a["type"]!.GetValue<string>()));
        Assert.Equal(["tel:999", "tel:08001111", "tel:116123", "sms:85258"], calls.Select(a => a["url"]!.GetValue<string>()));
        Assert.Equal("Call 999", calls[0]["title"]!.GetValue<string>());
        // Card renderers drop an sms: link in markdown; the button opens it, titled as the reply says it.
        Assert.Equal("Text SHOUT to 85258", calls[3]["title"]!.GetValue<string>());
        var actions = card["actions"]!.AsArray();
        Assert.Equal(Data.Reply.Suggestions, actions.Where(a => a!["type"]!.GetValue<string>() == "Action.Submit").Select(a => a!["data"]!["text"]!.GetValue<string>()));
        Assert.Null(reply.SuggestedActions);
        // Shown once: no text message beside the card.
        Assert.Null(reply.Text);
    }

    [Fact]
    public void OnlyTheCrisisReplyIsACrisis()
    {
        Assert.True(CrisisCard.IsCrisis(CrisisReply()));
        var factory = new ReplyFactory(Wording, Options.Create(new ContactOptions()));
        Assert.False(CrisisCard.IsCrisis(factory.Message("Hello", ReplyKinds.SmallTalk)));
    }
}
