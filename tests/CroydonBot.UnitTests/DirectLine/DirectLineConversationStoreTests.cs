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
        var conversation = Started(store.Create("u"));

        _clock.Advance(TimeSpan.FromHours(1.5));
        store.Find(conversation.Id);
        _clock.Advance(TimeSpan.FromHours(1.5));

        Assert.Same(conversation, store.Find(conversation.Id));
    }

    [Fact]
    public void BeyondTheLimitTheLeastRecentlyUsedStartedConversationGoesFirst()
    {
        var store = Store(max: 2);
        var oldest = Started(store.Create("a"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        var middle = Started(store.Create("b"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        store.Find(oldest.Id);
        var newest = Started(store.Create("c"));

        store.Create("d");

        Assert.Null(store.Find(middle.Id));
        Assert.NotNull(store.Find(oldest.Id));
        Assert.NotNull(store.Find(newest.Id));
    }

    [Fact]
    public void AFloodOfUnstartedConversationsNeverEvictsALiveOne()
    {
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions { MaxConversations = 5, MaxUnstartedConversations = 3 }), _clock);
        var live = Started(store.Create("young-person"));

        for (var i = 0; i < 5_040; i++)
        {
            store.Create(null);
        }

        Assert.Same(live, store.Find(live.Id));
        Assert.Equal(1 + 3, store.Count);
    }

    [Fact]
    public void AnUnstartedConversationExpiresAfterItsShortTimeoutAndAStartedOneDoesNot()
    {
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions
        {
            UnstartedConversationTimeout = TimeSpan.FromMinutes(5),
            ConversationIdleTimeout = TimeSpan.FromHours(2),
        }), _clock);
        var unstarted = store.Create("a");
        var started = Started(store.Create("b"));

        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(store.Find(unstarted.Id));
        Assert.Same(started, store.Find(started.Id));
    }

    private static DirectLineConversation Started(DirectLineConversation conversation)
    {
        conversation.TryStart(conversation.UserId);
        return conversation;
    }
}
