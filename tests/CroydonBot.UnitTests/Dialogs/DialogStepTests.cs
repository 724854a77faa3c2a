using CroydonBot.Dialogs;
using CroydonBot.Storage;
using CroydonBot.UnitTests.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace CroydonBot.UnitTests.Dialogs;

public sealed class DialogStepTests
{
    private readonly RecordingDialog _dialog = new("survey");
    private readonly DialogStep _step;

    public DialogStepTests() => _step = new(new DialogSet([_dialog]), RealContent.Replies, Microsoft.Extensions.Options.Options.Create(new DialogOptions()), TimeProvider.System, NullLogger<DialogStep>.Instance);

    [Fact]
    public async Task WithNoActiveDialogTheMessageGoesOn()
    {
        var (context, _) = Turn.Of("what is a personal adviser");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Equal(0, _dialog.Continued);
    }

    [Fact]
    public async Task AnActiveDialogGetsEveryMessage()
    {
        var state = new ConversationState { DialogStack = [new DialogInstance { Id = "survey", Step = 1 }] };
        var (context, _) = Turn.Of("what is a personal adviser", state);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Equal(1, _dialog.Continued);
    }

    [Fact]
    public async Task AStackNamingADialogThatNoLongerExistsIsDroppedSoTheUserIsNotStuck()
    {
        var state = new ConversationState { DialogStack = [new DialogInstance { Id = "survey" }, new DialogInstance { Id = "retired" }] };
        var (context, _) = Turn.Of("hello?", state);

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(state.DialogStack);
        Assert.Equal(0, _dialog.Continued);
    }
}
