using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QueryPlannerTests
{
    private static readonly QueryPlanner Planner = new(RealContent.Index,
        YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
        YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)));

    [Theory]
    [InlineData("does the uni money come to 2k altogether", "2k")]
    [InlineData("is the flat grant really £3k", "£3k")]
    public void AnAmountInThousandsIsTheAmountTheGuidesWriteOut(string question, string typed)
    {
        var concept = Planner.Plan(question).Concepts.Single(c => c.Surface == typed);

        Assert.False(concept.Unknown);
    }

    [Fact]
    public void AWordTheGuidesNeverUseStaysUnknown()
    {
        Assert.True(Planner.Plan("is the bursary 2x or something").Concepts.Single(c => c.Surface == "2x").Unknown);
    }

    [Fact]
    public void AStorysIdeasAreContextAndTheQuestionsAreNot()
    {
        var plan = Planner.Plan("my landlord put the rent up and i work weekends. do i keep my personal adviser after 21?");

        Assert.True(plan.HasContext);
        Assert.False(plan.Concepts.Single(c => c.Surface == "personal adviser").Context);
        Assert.True(plan.Concepts.Single(c => c.Surface == "landlord").Context);
    }
}
