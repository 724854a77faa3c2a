using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

public sealed class KindNearbyTests
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", Kind = "guide" };

    private static readonly IReadOnlyList<Passage> Sections = GuidePassageSplitter.Split(Guide, """
        ## Gym membership

        Care leavers can get free gym membership.

        ## Sports kit grant

        Care leavers can get money towards sports kit.

        ## Help with sport costs

        Ask your personal adviser what sport costs the council can cover.

        ## Swimming lessons (history)

        In 2019 swimming lessons took two weeks to book. Phone the leisure team.
        """);

    [Fact]
    public void TheSectionJustAnsweredAnswersWhenItHoldsTheKindAsked() =>
        Assert.Same(Sections[2], KindNearby.For(Sections, Sections[2], QuestionKind.WhoToAsk));

    [Fact]
    public void ANeighbourHoldingTheKindAnswersWhatTheSectionJustAnsweredLacks() =>
        Assert.Same(Sections[2], KindNearby.For(Sections, Sections[1], QuestionKind.WhoToAsk));

    [Fact]
    public void ASectionFurtherAwayIsNoNeighbour() =>
        Assert.Null(KindNearby.For(Sections, Sections[0], QuestionKind.WhoToAsk));

    [Fact]
    public void AHistoricalNeighbourIsNotTakenForNow() =>
        Assert.Null(KindNearby.For(Sections, Sections[2], QuestionKind.HowLong));

    [Fact]
    public void AQuestionAskingNoParticularKindFindsNothingNearby() =>
        Assert.Null(KindNearby.For(Sections, Sections[1], QuestionKind.General));
}
