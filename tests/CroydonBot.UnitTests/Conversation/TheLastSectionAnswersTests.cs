using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

public sealed class TheLastSectionAnswersTests
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "What care leavers can get", Kind = "guide" };
    private const double Threshold = 0.5;
    private const string Prescriptions = "On 23 December 2025 the government announced that care leavers in England will get free prescriptions. Ask your personal adviser or a pharmacist.";
    private const string Allowance = "The setting-up-home allowance is money to help you set up your first home. Councils can pay different amounts.";

    private static QueryConcept Known(string word) => new(word, [[word]], 2.0);

    private static QueryConcept Unseen(string word) => new(word, [[word]], 2.5) { Unknown = true };

    private static RetrievalResult Reading(string question, IReadOnlyList<QueryConcept> concepts, int section, string text, double coverage) =>
        new(new QueryPlan(question, concepts, [], false, false),
            [new ScoredPassage(new Passage { Id = $"guide.md#{section}", Document = Guide, Text = text }, section, coverage + 0.2, coverage)]);

    // "so can i just tick a box at the chemist" after free prescriptions: three unseen words against three known ones.
    private static readonly QueryConcept[] TickABox = [Known("care leavers"), Known("prescriptions"), Known("free"), Unseen("tick"), Unseen("box"), Unseen("chemist")];

    [Fact]
    public void AReadingLedByTheSectionJustAnsweredAnswersThoughItsUnseenWordsOutnumberTheKnownOnes()
    {
        var reading = Reading("so can i just tick a box at the chemist", TickABox, 26, Prescriptions, 0.72);

        Assert.True(UnknownSubject.Dominates(reading.Plan));
        Assert.True(TheLastSectionAnswers.Vouches(reading, "guide.md#26", Threshold));
    }

    [Fact]
    public void AReadingLedByAnotherSectionIsNotVouchedFor() =>
        Assert.False(TheLastSectionAnswers.Vouches(Reading("so can i just tick a box at the chemist", TickABox, 27, Prescriptions, 0.72), "guide.md#26", Threshold));

    [Fact]
    public void AReadingBelowTheThresholdIsNotVouchedFor() =>
        Assert.False(TheLastSectionAnswers.Vouches(Reading("so can i just tick a box at the chemist", TickABox, 26, Prescriptions, 0.45), "guide.md#26", Threshold));

    [Fact]
    public void WithoutASectionJustAnsweredNothingIsVouchedFor() =>
        Assert.False(TheLastSectionAnswers.Vouches(Reading("so can i just tick a box at the chemist", TickABox, 26, Prescriptions, 0.72), null, Threshold));

    [Fact]
    public void AnAmountAskedOfASectionThatHoldsNoneIsStillRefused() =>
        Assert.False(TheLastSectionAnswers.Vouches(Reading("how much money do i get exactly", [Known("money"), Known("setting up home")], 11, Allowance, 0.9), "guide.md#11", Threshold));
}
