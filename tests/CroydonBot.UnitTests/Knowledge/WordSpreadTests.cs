using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>A word known to be said around questions on any section weighs little and is no subject (WordSpread).</summary>
public sealed class WordSpreadTests
{
    private static QueryPlanner Planner(WordSpread spread) => new(RealContent.Index,
        YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
        YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)), spread: spread);

    private static WordSpread SpreadWords(params string[] words) =>
        new(words.ToDictionary(w => RealContent.Index.Analyzer.Terms(w).Single(), _ => 0.3));

    [Theory]
    [InlineData("allegedly how long can i keep my pa")]
    [InlineData("is the leaving care grant allegedly still 3000")]
    public void ASpreadWordNoGuideUsesIsNoUnknownSubject(string question)
    {
        var plan = Planner(SpreadWords("allegedly")).Plan(question);

        Assert.Contains(plan.Concepts, c => c.Surface == "allegedly" && c.Unknown && c.Spread);
        Assert.False(UnknownSubject.Dominates(plan));
    }

    [Theory]
    [InlineData("allegedly can i get pip")]
    [InlineData("how do i apply for pip")]
    public void AnUnseenSubjectBesideASpreadWordStillDominates(string question)
    {
        Assert.True(UnknownSubject.Dominates(Planner(SpreadWords("allegedly")).Plan(question)));
    }

    [Fact]
    public void ASpreadWordWeighsNoMoreThanItsShareOfTheRarestWord()
    {
        var before = Planner(WordSpread.None).Plan("was everything fine with the pathway plan");
        var after = Planner(SpreadWords("everything")).Plan("was everything fine with the pathway plan");
        var maxIdf = RealContent.Index.Idf("\u0000");

        Assert.True(after.Concepts.Single(c => c.Surface == "everything").Weight <= 0.3 * maxIdf + 1e-9);
        // The other ideas keep their rarity.
        Assert.Equal(before.Concepts.Where(c => c.Surface != "everything").Select(c => c.Weight), after.Concepts.Where(c => c.Surface != "everything").Select(c => c.Weight));
    }

    [Fact]
    public void ACommonWordKeepsItsOwnLowerWeight()
    {
        // A cap, not a discount: "croydon" is in nearly every passage and weighs less than any cap.
        var before = Planner(WordSpread.None).Plan("is croydon any good");
        var after = Planner(SpreadWords("croydon")).Plan("is croydon any good");

        Assert.Equal(before.Concepts.Single(c => c.Surface == "croydon").Weight, after.Concepts.Single(c => c.Surface == "croydon").Weight);
    }
}
