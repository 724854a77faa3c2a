using System.Text.Json;
using CroydonBot.Bot;
using CroydonBot.Configuration;
using CroydonBot.Dialogs;
using CroydonBot.Dialogs.Prompts;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Dialogs;

/// <summary>
/// The dialog engine over several turns. Between turns the state goes through JSON, as it does through the
/// database, so nothing may live in memory.
/// </summary>
public sealed class WaterfallDialogTests
{
    private static readonly ReplyFactory Replies = new(new Wording(), Options.Create(new ContactOptions()));
    private string _stateJson = JsonSerializer.Serialize(new ConversationState());

    private static DialogSet Dialogs()
    {
        var name = new WaterfallDialog("name")
            .AddStep("ask", (step, ct) => step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = "Your name?", MaxLength = 5, Kind = "test" }, ct))
            .AddStep("keep", (step, ct) => step.EndDialogAsync("name:" + step.Result, ct));
        var outer = new WaterfallDialog("outer")
            .AddStep("name", (step, ct) => step.Context.BeginDialogAsync("name", null, ct))
            .AddStep("colour", (step, ct) =>
            {
                step.Values["name"] = (string)step.Result!;
                return step.PromptAsync(nameof(ChoicePrompt), new PromptOptions { Prompt = "Colour?", Kind = "test", Choices = [new() { Value = "red", Title = "Red" }, new() { Value = "blue", Title = "Blue" }] }, ct);
            })
            .AddStep("done", (step, ct) => step.EndDialogAsync(step.Values["name"] + "," + step.Result, ct));
        return new DialogSet([outer, name, new TextPrompt(nameof(TextPrompt), Replies), new ChoicePrompt(nameof(ChoicePrompt), Replies)]);
    }

    private async Task<(DialogTurnResult Result, IReadOnlyList<Activity> Replies)> TurnAsync(string text, Func<DialogContext, Task<DialogTurnResult>> act, string? valueJson = null)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(_stateJson)!;
        var sink = new BufferedReplySink();
        var value = valueJson is null ? (JsonElement?)null : JsonDocument.Parse(valueJson).RootElement;
        var context = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = text, Value = value }, state, sink);
        var result = await act(Dialogs().CreateContext(context));
        _stateJson = JsonSerializer.Serialize(state);
        return (result, sink.Replies);
    }

    private Task<(DialogTurnResult Result, IReadOnlyList<Activity> Replies)> SayAsync(string text) =>
        TurnAsync(text, dc => dc.ContinueDialogAsync(CancellationToken.None));

    [Fact]
    public async Task AChoiceAskedCarriesItsChoicesForACardAndAPressedButtonIsReadByItsValue()
    {
        await TurnAsync("start", dc => dc.BeginDialogAsync("outer", null, CancellationToken.None));
        var asked = await SayAsync("Sam");
        var prompt = Assert.IsType<PromptReply>(asked.Replies.Single().Content);
        Assert.Equal("Colour?", prompt.Question);
        Assert.Equal([new PromptChoice("red", "Red"), new PromptChoice("blue", "Blue")], prompt.Choices);

        // The button's words say something else: the value is the answer.
        var pressed = await TurnAsync("Red", dc => dc.ContinueDialogAsync(CancellationToken.None), """{"action":"choose","choice":"blue","text":"Red"}""");

        Assert.Equal(DialogTurnStatus.Complete, pressed.Result.Status);
        Assert.Equal("name:Sam,blue", pressed.Result.Result);
    }

    [Fact]
    public async Task AButtonFromAnotherQuestionIsNotTakenAsThisOnesAnswer()
    {
        await TurnAsync("start", dc => dc.BeginDialogAsync("outer", null, CancellationToken.None));
        await SayAsync("Sam");

        var stale = await TurnAsync("Leaving care", dc => dc.ContinueDialogAsync(CancellationToken.None), """{"action":"choose","choice":"leaving-care","text":"Leaving care"}""");

        Assert.Equal(DialogTurnStatus.Waiting, stale.Result.Status);
        Assert.Equal("Colour?", stale.Replies.Single().Text);
    }

    [Fact]
    public async Task ANestedDialogResumesItsParentWithItsResultAcrossPersistedTurns()
    {
        var begin = await TurnAsync("start", dc => dc.BeginDialogAsync("outer", null, CancellationToken.None));
        Assert.Equal(DialogTurnStatus.Waiting, begin.Result.Status);
        Assert.Equal("Your name?", begin.Replies.Single().Text);
        Assert.Equal(InputHints.ExpectingInput, begin.Replies.Single().InputHint);

        var afterName = await SayAsync("Sam");
        Assert.Equal("Colour?", afterName.Replies.Single().Text);
        Assert.Equal(["Red", "Blue"], afterName.Replies.Single().SuggestedActions!.Actions.Select(a => a.Title));

        var done = await SayAsync("2");
        Assert.Equal(DialogTurnStatus.Complete, done.Result.Status);
        Assert.Equal("name:Sam,blue", done.Result.Result);
        Assert.Empty(JsonSerializer.Deserialize<ConversationState>(_stateJson)!.DialogStack);
    }

    [Fact]
    public async Task AnInvalidAnswerIsRepromptedAndTheStackStaysWhereItWas()
    {
        await TurnAsync("start", dc => dc.BeginDialogAsync("outer", null, CancellationToken.None));

        var tooLong = await SayAsync("Samantha");

        Assert.Equal(DialogTurnStatus.Waiting, tooLong.Result.Status);
        Assert.Contains("8 characters", tooLong.Replies.Single().Text);
        var stack = JsonSerializer.Deserialize<ConversationState>(_stateJson)!.DialogStack;
        Assert.Equal(["outer", "name", nameof(TextPrompt)], stack.Select(d => d.Id));
        Assert.Equal(1, stack[^1].Retries);
    }

    [Fact]
    public async Task CancellingEmptiesTheStack()
    {
        await TurnAsync("start", dc => dc.BeginDialogAsync("outer", null, CancellationToken.None));

        var cancelled = await TurnAsync("stop", dc => dc.CancelAllDialogsAsync(CancellationToken.None));

        Assert.Equal(DialogTurnStatus.Cancelled, cancelled.Result.Status);
        Assert.Empty(JsonSerializer.Deserialize<ConversationState>(_stateJson)!.DialogStack);
        Assert.Equal(DialogTurnStatus.Empty, (await SayAsync("anything")).Result.Status);
    }
}
