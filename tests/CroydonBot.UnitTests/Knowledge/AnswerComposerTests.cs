using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class AnswerComposerTests
{
    private static readonly string[] Sentences =
    [
        "The travel card gives half price bus fares in London.",
        "The travel card works on trams in London too.",
        "The travel card works in every London borough.",
        "It costs £20.",
    ];

    private static IReadOnlySet<string> Words(string sentence) =>
        new HashSet<string>(sentence.ToLowerInvariant().Split(' ', '.', ','), StringComparer.Ordinal);

    private static readonly QueryPlan Plan = new("how much is the travel card", [new QueryConcept("travel card", [["travel", "card"]], 2.0)], [], false, false);

    [Fact]
    public void TheKindOfFactAskedFollowsALeadThatLacksIt()
    {
        var chosen = AnswerComposer.Choose(Plan, Sentences, 16, Words, lead: 0, wanted: s => s.Contains('£'));

        Assert.Equal([0, 3], chosen);
    }

    [Fact]
    public void WithoutAKindAskedTheSentenceAfterTheLeadComesNext()
    {
        var chosen = AnswerComposer.Choose(Plan, Sentences, 16, Words, lead: 0);

        Assert.Equal([0, 1], chosen);
    }

    [Fact]
    public void ASentenceThatPointsBackChosenAfterTheLeadBringsTheSentenceBeforeIt()
    {
        // The lead is the third sentence; the second ("She ...") comes in as a neighbour and needs the first, which says who.
        string[] sentences =
        [
            "Sam Lee heads the youth service.",
            "She plans the Saturday clubs with the council.",
            "The youth service runs clubs on Saturdays.",
            "The clubs are free.",
        ];
        var plan = new QueryPlan("who runs the saturday clubs", [new QueryConcept("clubs", [["clubs"]], 2.0), new QueryConcept("saturdays", [["saturdays"]], 2.0)], [], false, false);

        var chosen = AnswerComposer.Choose(plan, sentences, 16, Words, lead: 2);

        Assert.Contains(1, chosen);
        Assert.Contains(0, chosen);
    }

    private static readonly QueryPlan SwimPlan = new("can i use it at the swimming pool", [new QueryConcept("swimming pool", [["swimming", "pool"]], 2.0)], [], false, false);

    [Fact]
    public void ASentenceLimitingTheOneBeforeItBringsTheRuleItIsAnExceptionTo()
    {
        // "There is no ..." answers the swimming pool question, but alone it hides what the card does cover.
        string[] sentences =
        [
            "The leisure card is for care leavers aged 18 to 25.",
            "It gives free entry to gyms and fitness classes.",
            "There is no discount at the swimming pool.",
            "Ask your adviser for a form.",
            "The card lasts a year.",
        ];

        var chosen = AnswerComposer.Choose(SwimPlan, sentences, 16, Words, lead: 2);

        Assert.Contains(2, chosen);
        Assert.Contains(1, chosen);
    }

    [Theory]
    [InlineData("There is a discount at the swimming pool.")]
    [InlineData("Butterfly lessons at the swimming pool are free.")]
    public void ASentenceThatLimitsNothingDoesNotBringTheOneBeforeIt(string third)
    {
        string[] sentences =
        [
            "The leisure card is for care leavers aged 18 to 25.",
            "It gives free entry to gyms and fitness classes.",
            third,
            "Ask your adviser for a form.",
            "The card lasts a year.",
        ];

        var chosen = AnswerComposer.Choose(SwimPlan, sentences, 16, Words, lead: 2);

        Assert.Contains(2, chosen);
        Assert.DoesNotContain(1, chosen);
    }

    [Fact]
    public void ASentenceSayingAPartOfTheQuestionTheLeadLeavesOutIsInTheAnswer()
    {
        // "does the gym pass work at the pool too": every sentence but the last says the pass again; only the last says the pool.
        string[] sentences =
        [
            "The gym pass gives care leavers free entry to council gyms.",
            "The gym pass is free for care leavers.",
            "You can show the gym pass at any council gym.",
            "It does not cover the pool.",
        ];
        var plan = new QueryPlan("does the gym pass work at the pool too",
            [new QueryConcept("gym pass", [["gym", "pass"]], 3.0), new QueryConcept("pool", [["pool"]], 1.5)], [], false, false);

        var chosen = AnswerComposer.Choose(plan, sentences, 24, Words, lead: 0);

        Assert.Contains(3, chosen);
    }

    [Fact]
    public void WhenTheLeadSaysEveryPartOfTheQuestionTheSentenceAfterItStillComesNext()
    {
        // The look-alike: nothing asked is left unsaid, so the answer reads on from the lead as before.
        var chosen = AnswerComposer.Choose(Plan, Sentences, 16, Words, lead: 1);

        Assert.Equal([1, 2], chosen);
    }

    [Fact]
    public void AnIdeaABulletNamesAsItsHeadIsSaidOnlyByThatBullet()
    {
        // "how is a junior member different from a full member": the full member's bullet names a junior member only in passing,
        // and the sentence naming both is no definition of a junior member.
        string[] sentences =
        [
            "The club has two kinds of member.",
            "- Junior member: you are under 16 and you train on Saturdays only.",
            "Junior members who turn 16 become full members.",
            "- Full member: you are 16 or over, and you were a junior member or joined as an adult.",
        ];
        var plan = new QueryPlan("how is a junior member different from a full member",
            [new QueryConcept("junior", [["junior"]], 3.0), new QueryConcept("full", [["full"]], 3.0), new QueryConcept("member", [["member"]], 1.0)], [], false, false);

        var chosen = AnswerComposer.Choose(plan, sentences, 26, Words, lead: 3);

        Assert.Equal([1, 3], chosen);
    }
}
