using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// An answer says what each part of the question asks: a second kind of fact asked in a later part, the status of a law asked
/// about, and the limit that left someone out when they ask why they did not get something.
/// </summary>
public sealed class WhatEachPartAsksTests
{
    [Theory]
    [InlineData("how much is the travel card and when can i get one", "when can i get one")]
    [InlineData("how much does the club cost, who runs it", "who runs it")]
    [InlineData("when does the grant start and who pays it", "who pays it")]
    public void ALaterPartAskingAnotherKindIsFound(string question, string later) =>
        Assert.Equal(later, QuestionKinds.LaterAsking(question));

    [Theory]
    // One kind asked: nothing later, or the later part asks the same kind, or no kind at all.
    [InlineData("how much is the travel card")]
    [InlineData("how much is the card and how much is the top up")]
    [InlineData("what is the travel card and is it free")]
    public void AQuestionAskingOneKindHasNoLaterPart(string question) =>
        Assert.Null(QuestionKinds.LaterAsking(question));

    private static readonly string[] CardSentences =
    [
        "The travel card costs £20.",
        "It gives half fares on buses and trams.",
        "Staff at the library can tell you more.",
        "You can apply for the card from 16.",
    ];

    private static IReadOnlySet<string> Words(string sentence) =>
        new HashSet<string>(sentence.ToLowerInvariant().Split(' ', '.', ',', '£'), StringComparer.Ordinal);

    private static readonly QueryPlan CardPlan = new("how much is the travel card and when can i get one",
        [new QueryConcept("travel card", [["travel", "card"]], 2.0)], [], false, false);

    [Fact]
    public void TheSecondKindAskedComesAfterTheLeadHoldingTheFirst()
    {
        var chosen = AnswerComposer.Choose(CardPlan, CardSentences, 12, Words, lead: 0, alsoWanted: s => QuestionKinds.Holds(QuestionKind.Age, s));

        Assert.Equal([0, 3], chosen);
    }

    [Fact]
    public void WithoutTheSecondKindTheAnswerStopsAtTheLeadAndWhatFollowsIt()
    {
        var chosen = AnswerComposer.Choose(CardPlan, CardSentences, 12, Words, lead: 0);

        Assert.DoesNotContain(3, chosen);
    }

    [Theory]
    [InlineData("my mate got one and i didnt, why not", true)]
    [InlineData("how come i never got the grant", true)]
    [InlineData("why wasnt i told about it", true)]
    [InlineData("why do care leavers get a PA", false)]
    [InlineData("how come the grant is £2,000", false)]
    public void AQuestionAskingWhySomeoneWasLeftOutIsToldApart(string question, bool whyNot) =>
        Assert.Equal(whyNot, RuleLimits.AsksWhyNot(question));

    [Theory]
    [InlineData("You only get it if you have lived in the borough for a year.", true)]
    [InlineData("The pass is only for people who live in the borough.", true)]
    [InlineData("You get it when you turn 18.", false)]
    public void AConditionOnGettingARuleSaysWhoIsLeftOut(string sentence, bool leavesOut) =>
        Assert.Equal(leavesOut, RuleLimits.SaysWhoIsLeftOut(sentence));

    [Theory]
    // Own phrasings, not eval lines, on the real guides: each answer on the base stopped before the fact named here.
    [InlineData("how much goes in a junior isa and when am i allowed to withdraw it", "take the money out from 18")]
    [InlineData("my brother got a junior isa but i didnt, how come i never got one", "Child Trust Fund")]
    [InlineData("is staying close a legal right for care leavers yet", "had not started")]
    public void TheAnswerSaysWhatEachPartAsks(string question, string fact)
    {
        var retriever = RealContent.RankedRetriever(RealContent.Index);
        var result = retriever.Retrieve(question);

        var answer = RealContent.Composer(RealContent.Index).Compose(result.Plan, result.Hits);

        Assert.Contains(fact, string.Join(' ', answer.Parts.SelectMany(p => p.Supporting.Prepend(p.Lead))), StringComparison.Ordinal);
    }
}
