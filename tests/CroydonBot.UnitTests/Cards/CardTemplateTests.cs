
using System.Text.Json.Nodes;
using CroydonBot.Cards;
using FsCheck.Xunit;

namespace CroydonBot.UnitTests.Cards;

public sealed class CardTemplateTests
{
    private static readonly CardTemplate Template = new("""
        {
          "type": "AdaptiveCard",
          "body": [
            { "type": "TextBlock", "text": "${answer}" },
            { "$when": "${hasNote}", "type": "TextBlock", "text": "Note: ${note}" }
          ],
          "actions": [
            { "$data": "${buttons}", "type": "Action.Submit", "title": "${title}", "data": { "action": "${action}" } }
          ]
        }
        """);

    private static Dictionary<string, object?> Values(string answer, bool hasNote = false, params string[] buttons) => new()
    {
        ["answer"] = answer,
        ["hasNote"] = hasNote,
        ["note"] = "a note",
        ["buttons"] = buttons.Select(b => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["title"] = b, ["action"] = "ask" }).ToList(),
    };

    [Property]
    public bool AnyTextComesBackExactlyAndTheCardStaysValidJson(string text)
    {
        text ??= "";
        var card = Template.Expand(Values(text));

        var reparsed = JsonNode.Parse(card.ToJsonString())!;
        return reparsed["body"]![0]!["text"]!.GetValue<string>() == text && reparsed["body"]!.AsArray().Count == 1;
    }

    [Fact]
    public void JsonInTheTextCannotAddFieldsToTheCard()
    {
        const string hostile = "\", \"type\": \"Action.OpenUrl\", \"url\": \"https://evil.example\" }, { \"x\": \"${note}";

        var card = Template.Expand(Values(hostile));

        var block = card["body"]![0]!.AsObject();
        Assert.Equal(hostile, block["text"]!.GetValue<string>());
        Assert.Equal(["type", "text"], block.Select(p => p.Key));
    }

    [Fact]
    public void WhenDropsTheElementIfTheFlagIsFalseAndKeepsItIfTrue()
    {
        Assert.Single(Template.Expand(Values("a", hasNote: false))["body"]!.AsArray());

        var body = Template.Expand(Values("a", hasNote: true))["body"]!.AsArray();
        Assert.Equal(2, body.Count);
        Assert.Equal("Note: a note", body[1]!["text"]!.GetValue<string>());
        Assert.Null(body[1]!["$when"]);
    }

    [Fact]
    public void DataRepeatsTheElementForEachItem()
    {
        var actions = Template.Expand(Values("a", false, "One", "Two \"quoted\""))["actions"]!.AsArray();

        Assert.Equal(["One", "Two \"quoted\""], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Null(a!["$data"]));
    }

    [Fact]
    public void NoItemsMeansNoElement() => Assert.Empty(Template.Expand(Values("a"))["actions"]!.AsArray());

    [Fact]
    public void BrokenTemplateIsReportedWithItsPath()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{ not json");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => CardTemplate.Load(path));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnknownPlaceholdersBecomeEmpty() =>
        Assert.Equal("", new CardTemplate("""{ "a": "${missing}" }""").Expand(new Dictionary<string, object?>())["a"]!.GetValue<string>());

}
