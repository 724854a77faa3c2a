using CroydonBot.Caching;

namespace CroydonBot.UnitTests.Caching;

public class BoundedMemoTests
{
    [Fact]
    public void ARememberedKeyIsNotComputedAgain()
    {
        var memo = new BoundedMemo<string, int>(10);
        var calls = 0;
        Assert.Equal(5, memo.GetOrAdd("hello", k => { calls++; return k.Length; }));
        Assert.Equal(5, memo.GetOrAdd("hello", k => { calls++; return -1; }));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void ACapacityOfZeroComputesEveryTimeAndRemembersNothing()
    {
        var memo = new BoundedMemo<string, int>(0);
        var calls = 0;
        memo.GetOrAdd("a", _ => ++calls);
        memo.GetOrAdd("a", _ => ++calls);
        Assert.Equal(2, calls);
        Assert.Equal(0, memo.Count);
    }

    [Fact]
    public void TryGetFindsOnlyWhatWasRememberedAndComputesNothing()
    {
        var memo = new BoundedMemo<string, int>(10);
        Assert.False(memo.TryGet("hello", out _));
        memo.GetOrAdd("hello", k => k.Length);

        Assert.True(memo.TryGet("hello", out var known));
        Assert.Equal(5, known);
        Assert.False(memo.TryGet("other", out _));
        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void TryGetWithACapacityOfZeroFindsNothing()
    {
        var memo = new BoundedMemo<string, int>(0);
        memo.GetOrAdd("a", _ => 1);
        Assert.False(memo.TryGet("a", out _));
    }

    [Fact]
    public void NullResultsAreRememberedToo()
    {
        var memo = new BoundedMemo<string, string?>(10);
        var calls = 0;
        memo.GetOrAdd("safe message", _ => { calls++; return null; });
        Assert.Null(memo.GetOrAdd("safe message", _ => { calls++; return "changed"; }));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void ItNeverHoldsMoreThanItsCapacity()
    {
        var memo = new BoundedMemo<int, int>(100);
        for (var i = 0; i < 10_000; i++)
        {
            memo.GetOrAdd(i, k => k * 2);
            Assert.InRange(memo.Count, 1, 100);
        }
    }

    [Fact]
    public void ConcurrentCallersAllGetTheRightValueAndTheBoundHolds()
    {
        var memo = new BoundedMemo<int, int>(50);
        Parallel.For(0, 20_000, i =>
        {
            var key = i % 300;
            Assert.Equal(key * 3, memo.GetOrAdd(key, k => k * 3));
        });
        // Racing clears can each add one more before the next check: the bound holds within the number of threads.
        Assert.InRange(memo.Count, 0, 50 + Environment.ProcessorCount);
    }
}
