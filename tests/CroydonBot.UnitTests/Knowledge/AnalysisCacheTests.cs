using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class AnalysisCacheTests : IDisposable
{
    private readonly KnowledgeIndex _index = KnowledgeBaseBuilder.Build(SeedPaths.Folder, null);

    [Fact]
    public void EverySeedSentenceLimitsARuleAsTheRuleLimitsPatternSays()
    {
        var cache = new AnalysisCache(_index.Analyzer);
        var limits = 0;
        foreach (var passage in _index.Passages)
        {
            foreach (var sentence in cache.Sentences(passage.Text))
            {
                var says = RuleLimits.Says(sentence);
                // Asked twice: worked out, then remembered; both must be the pattern's answer.
                Assert.Equal(says, cache.SaysALimit(sentence));
                Assert.Equal(says, cache.SaysALimit(sentence));
                limits += says ? 1 : 0;
            }
        }
        // The seeds hold sentences of both kinds, so a cache answering one way for all would fail above.
        Assert.InRange(limits, 1, int.MaxValue);
    }

    [Theory]
    [InlineData("The pass is only for people living in the borough.", true)]
    [InlineData("The pass gives free entry to every pool.", false)]
    public void ASentenceOutsideTheSeedsIsReadByThePatternToo(string sentence, bool limits)
    {
        var cache = new AnalysisCache(_index.Analyzer);
        Assert.Equal(limits, cache.SaysALimit(sentence));
        Assert.Equal(limits, cache.SaysALimit(sentence));
    }

    public void Dispose() => _index.Dispose();
}
