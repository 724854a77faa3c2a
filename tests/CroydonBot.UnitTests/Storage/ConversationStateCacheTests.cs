using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Storage;

public sealed class ConversationStateCacheTests
{
    [Fact]
    public void TheLatestSetIsWhatIsRead()
    {
        var cache = new ConversationStateCache(10);

        cache.Set("a", "{\"step\":1}");
        cache.Set("a", "{\"step\":2}");

        Assert.True(cache.TryGet("a", out var json));
        Assert.Equal("{\"step\":2}", json);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void PastItsCapacityTheLeastRecentlyUsedConversationIsForgotten()
    {
        var cache = new ConversationStateCache(3);
        cache.Set("a", "1");
        cache.Set("b", "2");
        cache.Set("c", "3");

        Assert.True(cache.TryGet("a", out _));
        cache.Set("d", "4");

        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.True(cache.TryGet("d", out _));
    }

    [Fact]
    public void ARemovedConversationIsNoLongerRead()
    {
        var cache = new ConversationStateCache(3);
        cache.Set("a", "1");

        cache.Remove("a");
        cache.Remove("never there");

        Assert.False(cache.TryGet("a", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void ACapacityBelowOneIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConversationStateCache(0));
}
