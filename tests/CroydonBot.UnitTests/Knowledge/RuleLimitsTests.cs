using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>A question saying a condition of its own is answered by the limit of the rule that settles it, not only the rule's opening.</summary>
public sealed class RuleLimitsTests
{
    [Theory]
    [InlineData("The swimming pass is only for people living in the borough.", true)]
    [InlineData("The card is not for people who work full time.", true)]
    [InlineData("You must be 14 to 17 on 1 September to join.", true)]
    [InlineData("But this part of the new law had not started when we checked.", true)]
    [InlineData("The rule is not yet in force.", true)]
    [InlineData("The swimming pass gives free entry to every pool.", false)]
    [InlineData("You must tell your adviser first.", false)]
    [InlineData("Not every pool is open on Sundays.", false)]
    public void ALimitIsASentenceNarrowingWhomOrWhenTheRuleIsFor(string sentence, bool limits) =>
        Assert.Equal(limits, RuleLimits.Says(sentence));

    [Theory]
    [InlineData("You must be 14 to 17 on 1 September to join.", 18, true)]
    [InlineData("You must be 14 to 17 on 1 September to join.", 16, false)]
    [InlineData("The club runs a 14 to 19 league.", 18, false)]
    public void AnAgeLimitRulesOutOnlyAnAgeOutsideIt(string sentence, int age, bool rulesOut) =>
        Assert.Equal(rulesOut, RuleLimits.RulesOutAge(sentence, age));

    private static readonly string[] PoolSentences =
    [
        "The swimming pass gives free entry to the borough's pools.",
        "It also gives half price lessons.",
        "Lessons run on Saturdays and in the holidays.",
        "The pass is only for people who live in the borough, not for visitors.",
    ];

    private static IReadOnlySet<string> Words(string sentence) =>
        new HashSet<string>(sentence.ToLowerInvariant().Split(' ', '.', ',', '\''), StringComparer.Ordinal);

    private static readonly QueryPlan VisitorPlan = new("im just a visitor, can i use the swimming pass",
        [new QueryConcept("swimming pass", [["swimming", "pass"]], 2.0), new QueryConcept("visitor", [["visitors"]], 1.5) { Context = true }], [], false, false);

    [Fact]
    public void TheLimitNamingTheAskersConditionComesStraightAfterTheLead()
    {
        var chosen = AnswerComposer.Choose(VisitorPlan, PoolSentences, 20, Words, lead: 0, limits: s => RuleLimits.Says(s) && s.Contains("visitors"));

        Assert.Equal([0, 3], chosen);
    }

    [Fact]
    public void WithoutALimitAskedTheStorysConditionBringsNothingIn()
    {
        var chosen = AnswerComposer.Choose(VisitorPlan, PoolSentences, 20, Words, lead: 0);

        // The asker's condition is only the story's ("im just a visitor"): nothing else brings the limit in.
        Assert.DoesNotContain(3, chosen);
    }

    [Theory]
    // Own phrasings, not eval lines: a condition said of the asker that the guide's limit settles.
    [InlineData("i lived in a childrens home till 18, can i do staying put", "only for foster care")]
    [InlineData("im 20 now and at college, can i get the 16 to 19 bursary", "16 to 18 on 31 August")]
    [InlineData("the staying close law has started now so the council must do it right", "had not started")]
    public void TheAnswerSaysTheLimitTheQuestionsConditionMeets(string question, string limit)
    {
        var retriever = RealContent.RankedRetriever(RealContent.Index);
        var result = retriever.Retrieve(question);

        var answer = RealContent.Composer(RealContent.Index).Compose(result.Plan, result.Hits);

        Assert.Contains(limit, string.Join(' ', answer.Parts.SelectMany(p => p.Supporting.Prepend(p.Lead))), StringComparison.Ordinal);
    }
}
