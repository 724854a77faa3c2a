using CroydonBot.Cli;

namespace CroydonBot.UnitTests.Cli;

/// <summary>The batches dealt into folds for <c>route --cv-folds</c>: every batch once, neighbours apart, the same every run.</summary>
public sealed class RoutingFoldsTests
{
    [Fact]
    public void NeighbouringBatchesAreDealtIntoDifferentFolds()
    {
        var fold = RoutingFolds.Assign(["bu", "bt", "bv", "bt", "a"], 3);
        Assert.Equal(4, fold.Count);
        Assert.Equal(0, fold["a"]);
        Assert.Equal(1, fold["bt"]);
        Assert.Equal(2, fold["bu"]);
        Assert.Equal(0, fold["bv"]);
    }

    [Fact]
    public void TheSameBatchesInAnotherOrderGiveTheSameFolds()
    {
        Assert.Equal(RoutingFolds.Assign(["k", "l", "m", "dev"], 2), RoutingFolds.Assign(["dev", "m", "l", "k"], 2));
    }

    [Fact]
    public void OneFoldIsNotLeaveOneOut()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RoutingFolds.Assign(["k"], 1));
    }
}
