using CroydonBot.Pipeline;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class PlainDigitsStepTests
{
    [Fact]
    public async Task AnAgeTypedInArabicIndicDigitsIsReadAs0To9AndTheTypedWordsAreKept()
    {
        var (turn, sink) = Turn.Of("can i get help at ١٨");

        var handled = await new PlainDigitsStep().TryHandleAsync(turn, CancellationToken.None);

        Assert.False(handled);
        Assert.Empty(sink.Replies);
        Assert.Equal("can i get help at 18", turn.Activity.Text);
        Assert.Equal("can i get help at ١٨", turn.Record.TypedText);
    }

    [Theory]
    [InlineData("what can i get at 18")]
    [InlineData("")]
    [InlineData(null)]
    public async Task AMessageWithOnly0To9IsLeftAsTyped(string? text)
    {
        var (turn, _) = Turn.Of(text);

        await new PlainDigitsStep().TryHandleAsync(turn, CancellationToken.None);

        Assert.Equal(text, turn.Activity.Text);
        Assert.Null(turn.Record.TypedText);
    }
}
