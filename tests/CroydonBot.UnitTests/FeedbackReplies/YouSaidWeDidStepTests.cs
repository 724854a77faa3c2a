using CroydonBot.Configuration;
using CroydonBot.FeedbackReplies;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.FeedbackReplies;

public sealed class YouSaidWeDidStepTests
{
    private static readonly YouSaidWeDidData Data = YamlFile.Read<YouSaidWeDidData>(Path.Combine(SeedPaths.Dialogs, YouSaidWeDidData.File));

    [Theory]
    [InlineData("you said we did")]
    [InlineData("what has changed because of the ambassadors?")]
    [InlineData("has anything been done differently thanks to our feedback")]
    [InlineData("which changes came from young people")]
    public async Task AMessageAnyOnePatternMatchesAsksForTheList(string message)
    {
        var (context, sink) = Turn.Of(message);

        Assert.True(await new YouSaidWeDidStep(Data, new NoChanges(), RealContent.Replies).TryHandleAsync(context, CancellationToken.None));

        Assert.Equal(Data.Nothing, Assert.Single(sink.Replies).Text);
    }

    [Theory]
    [InlineData("what is the setting up home allowance")]
    [InlineData("can i change my pa")]
    [InlineData("i want to give feedback")]
    public async Task AMessageNoPatternMatchesIsLeftForTheNextStep(string message)
    {
        var (context, sink) = Turn.Of(message);

        Assert.False(await new YouSaidWeDidStep(Data, new NoChanges(), RealContent.Replies).TryHandleAsync(context, CancellationToken.None));

        Assert.Empty(sink.Replies);
    }

    [Fact]
    public async Task WithNoPatternsNothingAsksForTheList()
    {
        var (context, _) = Turn.Of("you said we did");
        var none = new YouSaidWeDidData { Intro = Data.Intro, Nothing = Data.Nothing, More = Data.More };

        Assert.False(await new YouSaidWeDidStep(none, new NoChanges(), RealContent.Replies).TryHandleAsync(context, CancellationToken.None));
    }

    [Fact]
    public async Task AnInlineOptionStaysInsideItsOwnPattern()
    {
        // The message is read in lower case: (?i) lets the first pattern match it, and must not make the second ignore case
        // too (each pattern is its own group in the alternation).
        var data = new YouSaidWeDidData { Patterns = [@"(?i)\bFIRST\b", @"\bSECOND\b"], Nothing = "none" };
        var step = new YouSaidWeDidStep(data, new NoChanges(), RealContent.Replies);

        Assert.False(await step.TryHandleAsync(Turn.Of("second").Context, CancellationToken.None));
        Assert.True(await step.TryHandleAsync(Turn.Of("first").Context, CancellationToken.None));
    }

    private sealed class NoChanges : IPublishedChanges
    {
        public Task<long> PublishAsync(string reference, string summary, string publishedBy, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<PublishedChange>> ListAsync(int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PublishedChange>>([]);
    }
}
