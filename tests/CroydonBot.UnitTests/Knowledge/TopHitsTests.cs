using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class TopHitsTests
{
    [Fact]
    public void TheBestComeBackBestFirstWithTiesToTheLowerDocument()
    {
        var top = new TopHits();
        top.Reset(3);
        foreach (var (doc, score) in new[] { (5, 1f), (1, 3f), (9, 2f), (2, 2f), (7, 0.5f), (0, 2f) })
        {
            top.Offer(doc, score);
        }

        Assert.Equal([(1, 3f), (0, 2f), (2, 2f)], top.Drain());
    }

    [Fact]
    public void AResetHeapStartsEmpty()
    {
        var top = new TopHits();
        top.Reset(2);
        top.Offer(1, 1f);
        top.Reset(2);
        top.Offer(4, 0.5f);

        Assert.Equal([(4, 0.5f)], top.Drain());
    }
}
