using CroydonBot.Protocol;
using CroydonBot.Safety;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Safety;

public sealed class ReplayGuardTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void AnActivityIsAcceptedOnceAndItsReplayRefused()
    {
        var guard = Guard();
        Assert.True(guard.TryAccept(Message("c1", "a1")));
        Assert.False(guard.TryAccept(Message("c1", "a1")));
    }

    [Fact]
    public void TheSameIdInAnotherConversationIsNotAReplay()
    {
        var guard = Guard();
        Assert.True(guard.TryAccept(Message("c1", "a1")));
        Assert.True(guard.TryAccept(Message("c2", "a1")));
    }

    [Fact]
    public void AnIdIsForgottenAfterTheWindow()
    {
        var guard = Guard();
        Assert.True(guard.TryAccept(Message("c1", "a1")));
        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.True(guard.TryAccept(Message("c1", "a1")));
    }

    [Fact]
    public void TheCacheForgetsTheOldestIdsWhenFull()
    {
        var guard = Guard(size: 3);
        foreach (var id in new[] { "a1", "a2", "a3", "a4" })
        {
            Assert.True(guard.TryAccept(Message("c1", id)));
        }
        Assert.True(guard.TryAccept(Message("c1", "a1")));
        Assert.False(guard.TryAccept(Message("c1", "a4")));
    }

    [Fact]
    public void AReleasedActivityCanBeProcessedAgain()
    {
        var guard = Guard();
        var activity = Message("c1", "a1");
        Assert.True(guard.TryAccept(activity));
        guard.Release(activity);
        Assert.True(guard.TryAccept(activity));
    }

    [Fact]
    public void AnActivityWithoutAnIdIsAlwaysProcessed()
    {
        var guard = Guard();
        Assert.True(guard.TryAccept(Message("c1", null)));
        Assert.True(guard.TryAccept(Message("c1", null)));
    }

    private ReplayGuard Guard(int size = 100) =>
        new(Options.Create(new RateLimitOptions { ReplayWindow = TimeSpan.FromMinutes(10), ReplayCacheSize = size }), _clock);

    private static Activity Message(string conversation, string? id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = conversation },
    };

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
