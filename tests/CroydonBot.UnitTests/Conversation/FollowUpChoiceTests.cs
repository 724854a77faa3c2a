using CroydonBot.Conversation;
using CroydonBot.Eval;
using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AM (stay-am): the learned follow-up choice, its table, its fit and the earlier sections the conversation keeps.</summary>
public sealed class FollowUpChoiceTests
{
    private static readonly FollowUpChoice.Asked PointingBack = new(FollowUpShape.Reference, Short: true, NamesNumber: false, KindAsked: true,
        CascadeUsedContext: true, AloneConfidence: 0.3);

    private static FollowUpChoice.Candidate Candidate(string id, FollowUpChoice.Source from, double coverage, bool holdsKind) =>
        new(id, from, coverage, coverage, 0, 0, holdsKind, SameGuide: true, coverage, coverage, 0, 0);

    // A model that only likes sections holding the kind of fact asked: it makes the margin the one thing under test.
    private static FollowUpChoice LikesTheKind(double margin)
    {
        var weights = new double[FollowUpChoice.Length];
        weights[10] = 2;
        return new FollowUpChoice(weights, margin);
    }

    [Fact]
    public void AnotherSectionHoldingTheKindAskedReplacesTheCascadesPickWhenItBeatsTheMargin()
    {
        FollowUpChoice.Candidate[] candidates =
        [
            Candidate("guide-a.md#1", FollowUpChoice.Source.Cascade, 0.5, holdsKind: false),
            Candidate("guide-a.md#2", FollowUpChoice.Source.Last, 0.5, holdsKind: true),
        ];

        Assert.Equal(1, LikesTheKind(1).Choose(PointingBack, candidates, 0));
    }

    [Fact]
    public void TheCascadesPickStaysWhenNoOtherSectionBeatsItByTheMargin()
    {
        FollowUpChoice.Candidate[] candidates =
        [
            Candidate("guide-a.md#1", FollowUpChoice.Source.Cascade, 0.5, holdsKind: false),
            Candidate("guide-a.md#2", FollowUpChoice.Source.Alone, 0.5, holdsKind: true),
        ];

        Assert.Equal(0, LikesTheKind(3).Choose(PointingBack, candidates, 0));
        Assert.Equal(0, LikesTheKind(double.PositiveInfinity).Choose(PointingBack, candidates, 0));
    }

    [Fact]
    public void TheTableReadsBackAsWritten()
    {
        var weights = Enumerable.Range(0, FollowUpChoice.Length).Select(i => i / 7.0).ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"follow-up-choice-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllText(path, FollowUpChoice.Write(weights, 0.25));
            var read = FollowUpChoice.Read(path);

            Assert.Equal(0.25, read.Margin);
            Assert.Equal(FollowUpChoice.Write(weights, 0.25), FollowUpChoice.Write(weights.Select(FollowUpChoice.Rounded).ToArray(), read.Margin));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TheCommittedTableHasEveryWeightAndAMargin()
    {
        var table = FollowUpChoice.Read(Path.Combine(SeedPaths.Folder, FollowUpChoice.File));

        Assert.False(double.IsNaN(table.Margin));
    }

    [Fact]
    public void TheFitLearnsToPreferTheSectionsThatHoldTheWords()
    {
        // Sections holding the kind asked are the right ones in every turn: the fitted weight for holding it must be positive.
        var turns = Enumerable.Range(0, 40).Select(i => new FollowUpChoiceTrainer.Turn("x", $"x-{i}", 1, PointingBack,
            [
                Candidate("guide-a.md#1", FollowUpChoice.Source.Cascade, 0.5, holdsKind: i % 2 == 0),
                Candidate("guide-a.md#2", FollowUpChoice.Source.Last, 0.5, holdsKind: i % 2 == 1),
            ], 0, [i % 2 == 0, i % 2 == 1], ReplyRight: i % 2 == 0)).ToList();

        Assert.True(FollowUpChoiceTrainer.Fit(turns)[10] > 0);
        Assert.True(FollowUpChoiceTrainer.FitWithinTurns(turns)[10] > 0);
    }

    [Fact]
    public void TheConversationKeepsTheSectionsAnsweredBeforeTheLastNewestFirst()
    {
        var before = new ConversationContext { PassageId = "guide-b.md#3", Earlier = ["guide-a.md#1", "guide-c.md#2", "guide-d.md#0"] };

        Assert.Equal(["guide-b.md#3", "guide-a.md#1", "guide-c.md#2"], ContextualRetrieval.EarlierPassages(before, "guide-e.md#4"));
    }

    [Fact]
    public void GoingBackToAnEarlierSectionTakesItOutOfTheEarlierOnes()
    {
        var before = new ConversationContext { PassageId = "guide-b.md#3", Earlier = ["guide-a.md#1"] };

        Assert.Equal(["guide-b.md#3"], ContextualRetrieval.EarlierPassages(before, "guide-a.md#1"));
        Assert.Empty(ContextualRetrieval.EarlierPassages(null, "guide-a.md#1"));
    }
}
