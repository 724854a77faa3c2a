using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>The re-ranker's reading of a question's facts, over the real seeds index.</summary>
public sealed class RerankerTests
{
    private static readonly QuestionWords Words = YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File));

    private static readonly QueryPlanner Planner = new(RealContent.Index,
        YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)), Words);

    private static readonly Lazy<Reranker> Ranker = new(() =>
        new Reranker(RealContent.Index, Words, YamlFile.Read<RankingWeights>(Path.Combine(SeedPaths.Folder, RankingWeights.File))));

    // Round AT (perf-at): the digits this pattern hands to int.Parse are ASCII ones. PlainDigitsStep folds other scripts' digits
    // at the message's entry; read without it, such digits are no number here rather than a failed turn.
    [Fact]
    public void AnAgeInAnotherScriptsDigitsIsNoAgeOfTheQuestion()
    {
        Assert.Equal([22], Ranker.Value.Facts(Planner.Plan("im 22 can i still get help with rent")).Ages);
        Assert.Empty(Ranker.Value.Facts(Planner.Plan("im \u0662\u0662 can i still get help with rent")).Ages);
    }
}
