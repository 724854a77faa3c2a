using CroydonBot.Pipeline;
using CroydonBot.Text;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class PlainSpellingStepTests
{
    private static readonly PlainSpellingStep Step = new(new DisguisedSpelling(new HashSet<string>(StringComparer.Ordinal)
    {
        "how", "do", "i", "get", "the", "grant", "for", "care", "leavers",
    }));

    [Fact]
    public async Task ADisguisedMessageIsReadInPlainSpellingAndTheTypedWordsAreKept()
    {
        var (turn, sink) = Turn.Of("h0w d0 1 g3t th3 gr@nt");

        var handled = await Step.TryHandleAsync(turn, CancellationToken.None);

        Assert.False(handled);
        Assert.Empty(sink.Replies);
        Assert.Equal("how do i get the grant", turn.Activity.Text);
        Assert.Equal("h0w d0 1 g3t th3 gr@nt", turn.Record.TypedText);
    }

    [Theory]
    [InlineData("how do i get the grant for care leavers")]
    [InlineData("what happened to FB-2026-000042")]
    [InlineData("")]
    [InlineData(null)]
    public async Task AnOrdinaryMessageIsLeftAsTyped(string? text)
    {
        var (turn, _) = Turn.Of(text);

        await Step.TryHandleAsync(turn, CancellationToken.None);

        Assert.Equal(text, turn.Activity.Text);
        Assert.Null(turn.Record.TypedText);
    }
}
