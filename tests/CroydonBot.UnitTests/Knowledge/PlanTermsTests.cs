using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class PlanTermsTests
{
    // "personal adviser" (or "pa") and "leave care" (or "care leaver"), "help" (a question word), and "zzz" that no
    // passage set holds: the re-ranker's sets are numbered, the question's terms only looked up.
    private static readonly QueryPlan Plan = new("question",
    [
        new QueryConcept("personal adviser", [["person", "advis"], ["pa"]], 2.5),
        new QueryConcept("leave care", [["leav", "care"], ["care", "leaver"]], 1.25),
        new QueryConcept("help", [["help"]], 0.3),
        new QueryConcept("zzz", [["zzz"]], 0.7),
    ], [], false, false);

    private static readonly string[][] Sets =
    [
        [], ["pa"], ["person"], ["person", "advis", "care"], ["care", "leaver", "help", "rent"], ["leav", "care", "pa", "help"],
        ["advis", "leaver"], ["help", "what"], ["person", "advis", "leav", "care", "help", "money"],
    ];

    [Fact]
    public void CoverageOfNumberedSetsEqualsThePlansCoverageOfTheSameStrings()
    {
        var numbers = new TermNumbers();
        var sets = Sets.Select(numbers.Add).ToArray();
        var terms = new PlanTerms(Plan, numbers, new HashSet<string> { "help", "what" });

        for (var i = 0; i < Sets.Length; i++)
        {
            Assert.Equal(Plan.Coverage(Sets[i].ToHashSet()), terms.Coverage(terms.Held(sets[i])));
        }
    }

    [Fact]
    public void ALongSetIsSearchedAndHoldsWhatAMergeWouldFind()
    {
        // A passage's whole term set is many times the question's numbered terms: Held looks each of the question's up
        // (the other road, a merge, serves short sets). Both must hold the same slots, at either end of the numbers.
        var numbers = new TermNumbers();
        var filler = Enumerable.Range(0, 200).Select(i => $"w{i:000}").ToArray();
        string[][] longSets =
        [
            [.. filler, "person", "advis", "leaver", "care"],
            ["pa", .. filler],
            ["help", .. filler[..100], "leav", .. filler[100..], "zzz"],
            [.. filler],
        ];
        var sets = longSets.Select(numbers.Add).ToArray();
        var terms = new PlanTerms(Plan, numbers, new HashSet<string> { "help" });

        for (var i = 0; i < longSets.Length; i++)
        {
            Assert.Equal(Plan.Coverage(longSets[i].ToHashSet()), terms.Coverage(terms.Held(sets[i])));
            var held = terms.Held(sets[i]).ToArray();
            foreach (var term in new[] { "person", "advis", "pa", "leav", "care", "leaver", "help", "zzz" })
            {
                Assert.Equal(longSets[i].Contains(term), held[terms.SlotOf(term)]);
            }
        }
    }

    [Fact]
    public void ATermMarkedHeldCountsAsTheQuestionsOwnWouldInMore()
    {
        var numbers = new TermNumbers();
        var set = numbers.Add(["person", "advis"]);
        var terms = new PlanTerms(Plan, numbers, new HashSet<string>());

        var held = terms.Held(set);
        held[terms.SlotOf("zzz")] = true;

        Assert.Equal(Plan.Coverage(new HashSet<string> { "person", "advis" }, new HashSet<string> { "zzz" }), terms.Coverage(held));
        Assert.Equal(-1, terms.SlotOf("croydon"));
    }

    [Fact]
    public void AWayOfSeveralWordsCountsOnlyWhereItsWordsStandTogether()
    {
        // The passage as a whole says "person", "advis", "leav" and "care". Said in two sentences that each split both
        // phrases, it holds neither "personal adviser" nor "leave care"; said in sentences that keep them whole, it
        // holds both, as the whole-passage reading does; one kept whole holds one.
        var numbers = new TermNumbers();
        var whole = numbers.Add(["person", "care", "advis", "leav"]);
        var split = new[] { numbers.Add(["person", "care"]), numbers.Add(["advis", "leav"]) };
        var kept = new[] { numbers.Add(["person", "advis"]), numbers.Add(["leav", "care"]) };
        var half = new[] { numbers.Add(["person", "advis"]), numbers.Add(["care"]) };
        var terms = new PlanTerms(Plan, numbers, new HashSet<string> { "help" });
        var held = terms.Held(whole).ToArray();

        Assert.Equal(0, terms.Coverage(held, whole, split));
        Assert.Equal(terms.Coverage(held), terms.Coverage(held, whole, kept));
        Assert.Equal(Plan.Coverage(new HashSet<string> { "person", "advis" }), terms.Coverage(held, whole, half));
    }

    [Fact]
    public void AQuestionWordInAWayNeedNotStandWithItsTopicWords()
    {
        // "get paid" is held by "paid as three payments" in a passage whose "get" is in another sentence: "get" shapes
        // any question. Here "leav" plays that part, so "leave care" needs only "care".
        var numbers = new TermNumbers();
        var whole = numbers.Add(["person", "care", "advis", "leav"]);
        var split = new[] { numbers.Add(["person", "care"]), numbers.Add(["advis", "leav"]) };
        var terms = new PlanTerms(Plan, numbers, new HashSet<string> { "leav" });
        var held = terms.Held(whole).ToArray();

        Assert.Equal(Plan.Coverage(new HashSet<string> { "leav", "care" }), terms.Coverage(held, whole, split));
    }

    [Fact]
    public void HeldTopicTermsLeaveOutQuestionWords()
    {
        var numbers = new TermNumbers();
        var set = numbers.Add(["pa", "help", "care", "money"]);
        var terms = new PlanTerms(Plan, numbers, new HashSet<string> { "help" });

        Assert.Equal(2, terms.HeldTopicTerms(terms.Held(set)));
    }

    [Fact]
    public void TermSetsAreSortedDistinctAndKnowTheirSubsets()
    {
        var numbers = new TermNumbers();
        var big = numbers.Add(["c", "a", "b", "a"]);
        var small = numbers.Add(["b", "a"]);
        var other = numbers.Add(["a", "d"]);

        Assert.Equal([0, 1, 2], big.Numbers.ToArray());
        Assert.True(small.IsSubsetOf(big));
        Assert.False(other.IsSubsetOf(big));
        Assert.True(TermSet.Of([]).IsSubsetOf(small));
        Assert.Equal([1, 3, 7], TermSet.Of([7, 3, 1, 3]).Numbers.ToArray());
    }

    [Fact]
    public void ASetHoldingNoneOfTheQuestionsTermsCoversNothing()
    {
        var numbers = new TermNumbers();
        var sets = new[] { numbers.Add(["rent", "money"]), numbers.Add([]), numbers.Add(["pa"]) };
        var terms = new PlanTerms(Plan, numbers, new HashSet<string> { "help" });

        Assert.Equal(0, terms.Coverage(terms.Held(sets[0])));
        Assert.Equal(0, terms.Coverage(terms.Held(sets[1]), sets[2], [sets[0]]));
        Assert.Equal(Plan.Coverage(new HashSet<string> { "pa" }), terms.Coverage(terms.Held(sets[2])));
    }

    [Fact]
    public void AWayOfSayingNothingIsHeldEvenWhereNoTermIs()
    {
        // No planner makes an empty way, but Coverage must still agree with the plan's if one did: its concept is always
        // held, so a set with none of the question's terms covers that much and not 0.
        var plan = new QueryPlan("question", [new QueryConcept("pa", [["pa"]], 1), new QueryConcept("empty", [[]], 0.5)], [], false, false);
        var numbers = new TermNumbers();
        var none = numbers.Add(["rent"]);
        numbers.Add(["pa"]);
        var terms = new PlanTerms(plan, numbers, new HashSet<string>());

        Assert.Equal(plan.Coverage(new HashSet<string> { "rent" }), terms.Coverage(terms.Held(none)));
        Assert.True(terms.Coverage(terms.Held(none)) > 0);
    }
}
