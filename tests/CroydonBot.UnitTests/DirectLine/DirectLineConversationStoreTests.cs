using CroydonBot.DirectLine;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.DirectLine;

public sealed class DirectLineConversationStoreTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    private DirectLineConversationStore Store(int max = 100) =>
        new(Options.Create(new DirectLineOptions { MaxConversations = max, ConversationIdleTimeout = TimeSpan.FromHours(2) }), _clock);

    [Fact]
    public void AnIdleConversationIsForgotten()
    {
        var store = Store();
        var conversation = store.Create("u");

        _clock.Advance(TimeSpan.FromHours(3));

        Assert.Null(store.Find(conversation.Id));
    }

    [Fact]
    public void UsingAConversationKeepsItAlive()
    {
        var store = Store();
        var conversation = store.Create("u");

        _clock.Advance(TimeSpan.FromHours(1.5));
        store.Find(conversation.Id);
        _clock.Advance(TimeSpan.FromHours(1.5));

        Assert.Same(conversation, store.Find(conversation.Id));
    }

    [Fact]
    public void BeyondTheLimitTheLeastRecentlyUsedConversationGoesFirst()
    {
        var store = Store(max: 2);
        var oldest = store.Create("a");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var middle = store.Create("b");
        _clock.Advance(TimeSpan.FromMinutes(1));
        store.Find(oldest.Id);

        store.Create("c");

        Assert.Equal(2, store.Count);
        Assert.Null(store.Find(middle.Id));
        Assert.NotNull(store.Find(oldest.Id));
    }
}
