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

    [Fact]
    public void AListsItemsAreTheWordsOfItsDashedLinesOnly()
    {
        // Round AP (follow-ap): the four things Ofsted says must improve are given as a list; out of hours is one item of it.
        var list = _index.Passages.First(p => p.Heading.StartsWith("October 2024: the four things Ofsted says must improve", StringComparison.Ordinal));
        var items = PassageWords.OfListItems(_index.Analyzer, list);

        Assert.True(_index.Analyzer.Terms("out of hours").All(items.Contains));
        Assert.True(_index.Analyzer.Terms("Sufficiency of accommodation").All(items.Contains));
        // "In plain words: help at night and weekends, ..." sums the list up in a line of prose; "weekends" is said in no item.
        Assert.NotEmpty(_index.Analyzer.Terms("weekends"));
        Assert.All(_index.Analyzer.Terms("weekends"), t => Assert.DoesNotContain(t, items));
        Assert.Same(items, PassageWords.OfListItems(_index.Analyzer, list));
    }

    [Fact]
    public void APassageWithoutAListHasNoListItems()
    {
        var prose = _index.Passages.First(p => p.Heading.StartsWith("Half price bus and tram travel in London", StringComparison.Ordinal));

        Assert.Empty(PassageWords.OfListItems(_index.Analyzer, prose));
    }

    public void Dispose() => _index.Dispose();
}
