using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.QuestionLog;
using CroydonBot.Staff;
using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Staff;

public sealed class UnansweredGrouperTests
{
    private static readonly UnansweredGrouper Grouper = new(new QuestionTerms(new TermAnalyzer(),
        YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)).Ignore));

    private static QuestionLogEntry Q(long id, string text) => new() { Id = id, Question = text, Kind = "fallback" };

    [Fact]
    public void QuestionsSharingMostOfTheirStemmedWordsFormOneGroup()
    {
        var groups = Grouper.Group(
        [
            Q(1, "Can I keep my dog in supported lodgings?"),
            Q(2, "what is the wifi password"),
            Q(3, "can I keep dogs in my supported lodging"),
        ]);
        Assert.Equal(2, groups.Count);
        Assert.Equal([1L, 3L], groups[0].Questions.Select(q => q.Id));
        Assert.Equal(["keep", "dog", "supported", "lodgings"], groups[0].SharedTerms);
        Assert.Equal([2L], groups[1].Questions.Select(q => q.Id));
    }

    [Fact]
    public void UnrelatedQuestionsStayApart()
    {
        var groups = Grouper.Group([Q(1, "housing benefit form"), Q(2, "driving lessons cost"), Q(3, "university bursary")]);
        Assert.Equal(3, groups.Count);
    }

    [Fact]
    public void TheBiggestGroupComesFirstAndKeepsTheNewestQuestionAsItsRepresentative()
    {
        var groups = Grouper.Group([Q(9, "gym membership"), Q(8, "bus pass renewal"), Q(7, "renewal of my bus pass"), Q(6, "bus pass renewal please")]);
        Assert.Equal(8, groups[0].Representative.Id);
        Assert.Equal(3, groups[0].Questions.Count);
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { "a", "b" }, 1.0)]
    [InlineData(new[] { "a", "b" }, new[] { "c" }, 0.0)]
    [InlineData(new[] { "a", "b", "c" }, new[] { "a", "b", "d" }, 0.5)]
    [InlineData(new string[0], new string[0], 1.0)]
    public void JaccardIsSharedOverAllTerms(string[] a, string[] b, double expected) =>
        Assert.Equal(expected, UnansweredGrouper.Jaccard(a.ToHashSet(), b.ToHashSet()), 3);
}
