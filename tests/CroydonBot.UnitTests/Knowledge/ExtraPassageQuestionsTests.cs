using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class ExtraPassageQuestionsTests
{
    private sealed class Source(params (string, string)[] pairs) : IPassageQuestionSource
    {
        public IReadOnlyList<(string PassageId, string Question)> Load() => pairs;
    }

    [Fact]
    public void ApprovedQuestionsJoinTheirPassageAndTheIndexFindsThem()
    {
        var passages = KnowledgeBaseBuilder.LoadPassages(SeedPaths.Folder);
        var target = passages[2];
        var extended = KnowledgeBaseBuilder.WithExtraQuestions(passages, [new Source((target.Id, "zebra crossing quokka"), ("no-such-passage#1", "ignored"))]);
        Assert.Equal(passages.Count, extended.Count);
        Assert.Equal([.. target.Questions, "zebra crossing quokka"], extended[2].Questions);
        Assert.All(extended.Where((_, i) => i != 2), p => Assert.DoesNotContain("zebra crossing quokka", p.Questions));

        using var index = KnowledgeIndex.Build(extended, new TermAnalyzer());
        var hits = index.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(KnowledgeIndex.QuestionsField, "quokka")), 5);
        Assert.Equal([2], hits.Select(h => h.Ordinal));
    }

    [Fact]
    public void NoSourcesLeaveThePassagesAsTheyWere()
    {
        var passages = KnowledgeBaseBuilder.LoadPassages(SeedPaths.Folder);
        Assert.Same(passages, KnowledgeBaseBuilder.WithExtraQuestions(passages, []));
    }
}
