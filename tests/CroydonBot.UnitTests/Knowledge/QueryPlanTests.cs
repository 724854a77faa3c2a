using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QueryPlanTests
{
    private static QueryConcept Asked(string word, double weight) => new(word, [[word]], weight);

    private static QueryConcept Story(string word, double weight) => new(word, [[word]], weight) { Context = true };

    private static QueryPlan Plan(params QueryConcept[] concepts) => new("message", concepts, [], false, false);

    private static HashSet<string> Terms(params string[] words) => new(words, StringComparer.Ordinal);

    [Fact]
    public void TheStorysMissingIdeasDoNotCountAgainstAPassageThatCoversTheQuestion()
    {
        // "my rent went up and my job is part time ... do i keep my adviser after 21?": no section holds the story.
        var plan = Plan(Story("rent", 1.5), Story("part time", 1.8), Asked("adviser", 2.4), Asked("21", 1.2));

        var passage = Terms("adviser", "21");

        Assert.True(plan.Coverage(passage) < 0.7);
        Assert.Equal(1.0, plan.AskedCoverage(passage));
    }

    [Fact]
    public void TheQuestionsOwnMissingIdeasStillCount()
    {
        var plan = Plan(Story("rent", 1.5), Asked("adviser", 2.0), Asked("lose", 2.0));

        Assert.Equal(2.0 / 3.0, plan.AskedCoverage(Terms("adviser")), 6);
    }

    [Fact]
    public void TheStorysIdeasAPassageHoldsCountForIt()
    {
        var plan = Plan(Story("summer", 1.0), Asked("help", 1.0), Asked("stay", 2.0));

        Assert.True(plan.AskedCoverage(Terms("help", "summer")) > plan.AskedCoverage(Terms("help")));
    }

    [Fact]
    public void APassageWithNothingOfTheMessageCoversNothing()
    {
        var plan = Plan(Story("summer", 1.0), Asked("stay", 2.0));

        Assert.Equal(0, plan.AskedCoverage(Terms("bursary")));
        Assert.False(Plan(Asked("stay", 2.0)).HasContext);
        Assert.True(plan.HasContext);
    }

    [Fact]
    public void BothCoveragesInOnePassEqualEachAskedAlone()
    {
        // The composer asks for both in one pass; each must equal its own method to the last bit, synonyms and the
        // sentence's shared context terms included.
        var plan = new QueryPlan("q",
        [
            new QueryConcept("pa", [["pa"], ["person", "advis"]], 2.5),
            new QueryConcept("leave care", [["leav", "care"], ["care", "leaver"]], 1.25),
            Story("rent", 0.7),
            Asked("help", 0.3),
        ], [], false, false);
        string[][] sets = [[], ["pa"], ["person", "advis"], ["care", "leaver", "help"], ["leav", "care", "rent", "pa"], ["advis"]];
        foreach (var set in sets)
        {
            foreach (var more in new HashSet<string>?[] { null, Terms("person"), Terms("leav", "care") })
            {
                var (coverage, typed) = plan.Coverages(Terms(set), more);
                Assert.Equal(plan.Coverage(Terms(set), more), coverage);
                Assert.Equal(plan.TypedCoverage(Terms(set), more), typed);
            }
        }
        Assert.Equal((0.0, 0.0), new QueryPlan("q", [], [], false, false).Coverages(Terms("pa")));
    }
    [Fact]
    public void APlanTakesTheIdeasOfAnotherPartItLacksButKeepsItsOwnQuestion()
    {
        // "how much is the gym pass and does it work at the pool": the second part adds the pool, not the pass again.
        var first = new QueryPlan("how much is the gym pass", [Asked("gym pass", 2.0), Asked("much", 1.0)], [], false, false);
        var second = Plan(Asked("gym pass", 2.0), Asked("pool", 3.0), new QueryConcept("zumbathon", [["zumbathon"]], 1.0) { Unknown = true });

        var both = first.WithIdeasOf(second);

        Assert.Equal(["gym pass", "much", "pool"], both.Concepts.Select(c => c.Surface));
        Assert.Equal("how much is the gym pass", both.Question);
    }

    [Fact]
    public void APlanWithEveryIdeaOfTheOtherPartAlreadyIsUnchanged()
    {
        var first = Plan(Asked("gym pass", 2.0), Asked("pool", 3.0));

        Assert.Same(first, first.WithIdeasOf(Plan(Asked("pool", 3.0))));
    }
}
