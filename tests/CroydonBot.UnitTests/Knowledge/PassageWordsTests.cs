using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class PassageWordsTests : IDisposable
{
    private readonly KnowledgeIndex _index = KnowledgeBaseBuilder.Build(SeedPaths.Folder, null);

    [Fact]
    public void EveryPassageMentionsTheWordsOfItsHeadingTextAndSources()
    {
        foreach (var passage in _index.Passages)
        {
            var analysed = _index.Analyzer.Terms(passage.Heading + " " + passage.Text + " " + passage.SpeaksFrom).ToHashSet(StringComparer.Ordinal);

            Assert.True(analysed.SetEquals(PassageWords.Mentioned(_index.Analyzer, passage)), passage.Id);
            Assert.True(_index.Analyzer.Terms(passage.Heading).ToHashSet(StringComparer.Ordinal).SetEquals(PassageWords.OfHeading(_index.Analyzer, passage)), passage.Id);
        }
    }

    [Fact]
    public void APassagesWordsAreWorkedOutOnceAndEachPassageKeepsItsOwn()
    {
        var (first, second) = (_index.Passages[0], _index.Passages[1]);

        Assert.Same(PassageWords.Mentioned(_index.Analyzer, first), PassageWords.Mentioned(_index.Analyzer, first));
        Assert.Same(PassageWords.OfHeading(_index.Analyzer, first), PassageWords.OfHeading(_index.Analyzer, first));
        Assert.NotSame(PassageWords.Mentioned(_index.Analyzer, first), PassageWords.Mentioned(_index.Analyzer, second));
        Assert.False(PassageWords.Mentioned(_index.Analyzer, first).SetEquals(PassageWords.OfHeading(_index.Analyzer, first)));
    }

    [Fact]
    public void EveryPassagesSentencesCarryTheirOwnTermsAndYears()
    {
        foreach (var passage in _index.Passages)
        {
            var sentences = PassageWords.OfSentences(_index.Analyzer, passage);

            Assert.Equal(CroydonBot.Text.SentenceSplitter.Split(passage.Text), sentences.Select(s => s.Text));
            foreach (var sentence in sentences)
            {
                Assert.True(_index.Analyzer.Terms(sentence.Text).ToHashSet(StringComparer.Ordinal).SetEquals(sentence.Terms), passage.Id);
                Assert.Equal(CroydonBot.Text.Years.All(sentence.Text), sentence.Years);
            }
        }
    }

    [Fact]
    public void APassagesSentencesAreAnalysedOnceAndEachPassageKeepsItsOwn()
    {
        var (first, second) = (_index.Passages[0], _index.Passages[1]);

        Assert.Same(PassageWords.OfSentences(_index.Analyzer, first), PassageWords.OfSentences(_index.Analyzer, first));
        Assert.NotSame(PassageWords.OfSentences(_index.Analyzer, first), PassageWords.OfSentences(_index.Analyzer, second));
    }

    public void Dispose() => _index.Dispose();
}
