using System.Text.Json;
using CroydonBot.Bot;
using CroydonBot.Cards;
using CroydonBot.Configuration;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Cards;

public sealed class CardSubmitStepTests
{
    private static readonly Wording Wording = YamlFile.Read<Wording>(Path.Combine(SeedPaths.Dialogs, "wording.yaml"));

    private static async Task<string?> TextAfterClickAsync(string valueJson, string? text = null)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text, Value = JsonDocument.Parse(valueJson).RootElement };
        var context = new TurnContext(activity, new ConversationState(), new BufferedReplySink());

        var handled = await new CardSubmitStep(Wording).TryHandleAsync(context, default);

        Assert.False(handled);
        return activity.Text;
    }

    [Theory]
    [InlineData("""{"action":"helpful"}""", "helpful")]
    [InlineData("""{"action":"notHelpful","text":"anything"}""", "notHelpful")]
    [InlineData("""{"action":"tellMeMore"}""", "tellMeMore")]
    public async Task ButtonIdsBecomeTheWordsTheFollowUpStepKnows(string value, string button)
    {
        var expected = button switch
        {
            "helpful" => Wording.Buttons.Helpful,
            "notHelpful" => Wording.Buttons.NotHelpful,
            _ => Wording.Buttons.TellMeMore,
        };

        Assert.Equal(expected, await TextAfterClickAsync(value));
    }

    [Fact]
    public async Task AskButtonAsksItsText() =>
        Assert.Equal("What is a personal adviser?", await TextAfterClickAsync("""{"action":"ask","text":" What is a personal adviser? "}"""));

    [Fact]
    public async Task AChoiceButtonSaysItsTitleAndKeepsItsValueForTheDialog()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = JsonDocument.Parse("""{"action":"choose","choice":"housing","text":"Housing"}""").RootElement };

        await new CardSubmitStep(Wording).TryHandleAsync(new TurnContext(activity, new ConversationState(), new BufferedReplySink()), default);

        // The words go in the question log and the transcript; the dialog reads the value, whatever the title says.
        Assert.Equal("Housing", activity.Text);
        Assert.Equal("housing", SubmittedChoice.In(activity));
    }

    [Theory]
    [InlineData("""{"action":"launchMissiles"}""")]
    [InlineData("""{"verb":"helpful"}""")]
    [InlineData("""{"action":42}""")]
    [InlineData("""{"action":"ask"}""")]
    public async Task UnknownValuesLeaveTheMessageAlone(string value) => Assert.Null(await TextAfterClickAsync(value));

    [Fact]
    public async Task TypedTextWinsOverTheValue() => Assert.Equal("hello", await TextAfterClickAsync("""{"action":"helpful"}""", "hello"));
}
