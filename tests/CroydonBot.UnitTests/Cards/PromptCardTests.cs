using System.Text.Json;
using System.Text.Json.Nodes;
using CroydonBot.Cards;
using CroydonBot.Configuration;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Cards;

/// <summary>The real dialogs/cards/choices.json filled from a question's parts, as the feedback dialog's prompts send them.</summary>
public sealed class PromptCardTests
{
    private static readonly ReplyFactory Factory = new(new Wording(), Options.Create(new ContactOptions()));
    private static readonly PromptCard Card = new(CardTemplate.Load(Path.Combine(SeedPaths.Dialogs, "cards", PromptCard.TemplateFile)));

    private static Activity Question(PromptReply prompt)
    {
        var reply = Factory.Message("the text other channels get", ReplyKinds.Feedback, ["Leaving care support", "Housing"]);
        reply.Content = prompt;
        return reply;
    }

    private static JsonObject ContentOf(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return JsonNode.Parse(JsonSerializer.Serialize(attachment.Content, ProtocolJson.Options))!.AsObject();
    }

    private static readonly PromptReply Topic = new("What is your feedback about?",
        [new("leaving-care", "Leaving care support"), new("housing", "Housing")], ["Cancel"]);

    [Fact]
    public void EachChoiceIsASubmitButtonOnItsOwnRowThatSendsItsValue()
    {
        var card = ContentOf(Card.Apply(Question(Topic)));

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var body = card["body"]!.AsArray();
        Assert.Equal("What is your feedback about?", body[0]!["text"]!.GetValue<string>());
        var rows = body.Where(b => b!["type"]!.GetValue<string>() == "ActionSet").Select(b => Assert.Single(b!["actions"]!.AsArray())!).ToList();
        Assert.Equal(["Leaving care support", "Housing", "Cancel"], rows.Select(a => a["title"]!.GetValue<string>()));
        Assert.All(rows, a => Assert.Equal("Action.Submit", a["type"]!.GetValue<string>()));
        Assert.Equal("choose", rows[0]["data"]!["action"]!.GetValue<string>());
        Assert.Equal("leaving-care", rows[0]["data"]!["choice"]!.GetValue<string>());
        // Another button says its words, as if typed.
        Assert.Equal("ask", rows[2]["data"]!["action"]!.GetValue<string>());
        Assert.Equal("Cancel", rows[2]["data"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void TheCardIsTheWholeMessageNoTextBesideItAndNoSuggestedActions()
    {
        var reply = Card.Apply(Question(Topic));

        Assert.Null(reply.Text);
        Assert.Null(reply.SuggestedActions);
        Assert.Equal("What is your feedback about?", reply.Summary);
        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(reply));
    }

    [Fact]
    public void ASummaryIsAFactListBeforeTheQuestion()
    {
        var summary = new PromptReply("Shall I send it?", [new("send", "Send it"), new("change", "Change something")], [])
        {
            Intro = "Here's what I'll send to the council:",
            Facts = [new("About", "Housing"), new("Your message", "\"The heating is broken\"")],
        };

        var body = ContentOf(Card.Apply(Question(summary)))["body"]!.AsArray();

        Assert.Equal("Here's what I'll send to the council:", body[0]!["text"]!.GetValue<string>());
        var facts = body[1]!["facts"]!.AsArray();
        Assert.Equal("FactSet", body[1]!["type"]!.GetValue<string>());
        Assert.Equal(["About", "Your message"], facts.Select(f => f!["title"]!.GetValue<string>()));
        Assert.Equal("\"The heating is broken\"", facts[1]!["value"]!.GetValue<string>());
        Assert.Equal("Shall I send it?", body[2]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void ALineAddedUnderTheReplyIsKeptOnTheCard()
    {
        var reply = Question(Topic);
        reply.Content = reply.Content!.WithFooter("If you are not safe right now, call 999.");

        var body = ContentOf(Card.Apply(reply))["body"]!.AsArray();

        Assert.Equal("If you are not safe right now, call 999.", body[^1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void ALinePutBeforeTheReplyIsTheCardsFirstBlockAndIsSpokenFirst()
    {
        // Round AT (safe-at): the safeguarding check's line before the feedback dialog's offer, on Teams as on Web Chat.
        var reply = Question(Topic);
        reply.Content = reply.Content!.WithHeader("If you are not safe right now, call 999.");

        var card = ContentOf(Card.Apply(reply));
        var body = card["body"]!.AsArray();

        Assert.Equal("If you are not safe right now, call 999.", body[0]!["text"]!.GetValue<string>());
        Assert.Equal("What is your feedback about?", body[1]!["text"]!.GetValue<string>());
        Assert.DoesNotContain(body.Skip(1), b => b!["text"]?.GetValue<string>() == "If you are not safe right now, call 999.");
        Assert.StartsWith("If you are not safe right now, call 999. What is your feedback about?", card["speak"]!.GetValue<string>());
    }

    [Fact]
    public void OnlyQuestionsWithSetAnswersAreCards()
    {
        Assert.True(PromptCard.IsPrompt(Question(Topic)));
        Assert.False(PromptCard.IsPrompt(Question(new PromptReply("What would you like to tell the council?", [], ["Skip"]))));
        Assert.False(PromptCard.IsPrompt(Factory.Message("Hello", ReplyKinds.SmallTalk)));
    }
}
