using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

public sealed class KindInTheGuideTests : IDisposable
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", Kind = "guide" };

    private static readonly ManifestEntry OtherGuide = new() { File = "other.md", Title = "Other", Publisher = "P", Kind = "guide" };

    // An invented youth-club inspection timeline: every section has dates and numbers, only one sentence counts the actions.
    private static readonly IReadOnlyList<Passage> Sections = GuidePassageSplitter.Split(Guide, """
        ## 2016: the youth club judged weak, with each grade (history)

        The inspectors came from 3 to 9 May 2016. The club was judged weak. Sports were judged fair.

        ## 2016: what the inspectors said was wrong (history)

        Sessions started late 4 times. Only 2 volunteers were checked.

        ## 2016: the follow-up actions (history)

        The inspectors set 14 actions for the club. Most were about safety. Ann Other checked the volunteers.

        ## 2022: the youth club judged strong, with each grade

        Ofsted came from 1 to 5 March 2022. Mary Jones opened the inspection. The main hall was judged strong.

        ## 2022: the follow-up actions

        The inspectors set 3 actions for the club.

        ## Who runs the youth club now?

        Sam Patel manages the club and its volunteers. The chief inspector of the 2022 visit was Jo Bloggs; in 2016 it was Ann Other.
        """);

    private static readonly IReadOnlyList<Passage> Elsewhere = GuidePassageSplitter.Split(OtherGuide, """
        ## Swimming

        The pool set 40 actions for its lifeguards.
        """);

    private readonly TermAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    private QueryConcept Idea(string surface, double weight = 1) => new(surface, [[.. _analyzer.Terms(surface)]], weight);

    private IReadOnlyList<SentenceWords> SentencesOf(Passage passage) => PassageWords.OfSentences(_analyzer, passage);

    private Passage? For(Passage last, Passage top, QuestionKind kind, IReadOnlyList<QueryConcept> asked, params int[] years) =>
        KindInTheGuide.For([.. Sections, .. Elsewhere], last, top, kind, asked, years, SentencesOf);

    [Fact]
    public void ACountOfTheThingNamedIsFoundInTheSectionOfTheConversationsYear() =>
        Assert.Same(Sections[2], For(Sections[0], Sections[0], QuestionKind.HowMany, [Idea("actions")], 2016));

    [Fact]
    public void TheYearOfTheConversationChoosesBetweenSectionsSayingTheSame() =>
        Assert.Same(Sections[4], For(Sections[3], Sections[3], QuestionKind.HowMany, [Idea("actions")], 2022));

    [Fact]
    public void ANameOfTheRoleAskedIsFoundInASectionOfItsOwn() =>
        Assert.Same(Sections[5], For(Sections[3], Sections[3], QuestionKind.Who, [Idea("inspector")], 2022));

    [Fact]
    public void AWordNoSentenceOfTheKindSaysDoesNotStopIt() =>
        Assert.Same(Sections[5], For(Sections[3], Sections[3], QuestionKind.Who, [Idea("inspector", 2), Idea("main", 3)], 2022));

    [Fact]
    public void TheThingAskedCountsOnlyInTheFollowUpsOwnWordNotASynonymEverySectionSays()
    {
        // The grades name who opened the inspection: "inspection" is a way of saying "inspector", not the inspector's name.
        var inspector = new QueryConcept("inspector", [[.. _analyzer.Terms("inspector")], [.. _analyzer.Terms("inspection")]], 1);
        Assert.Same(Sections[5], For(Sections[3], Sections[3], QuestionKind.Who, [inspector], 2022));
    }

    [Fact]
    public void TheSectionFoundStaysWhenItsOwnSentenceSaysTheKindOfTheThing() =>
        Assert.Null(For(Sections[0], Sections[2], QuestionKind.HowMany, [Idea("actions")], 2016));

    [Fact]
    public void NothingIsFoundWhenNoSentenceOfTheKindSaysTheThing() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.HowMany, [Idea("sports")], 2016));

    [Fact]
    public void NothingIsFoundWhenEverySentenceSaysLessThanHalfOfWhatIsAsked() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.HowMany, [Idea("actions"), Idea("volunteers"), Idea("sessions")], 2016));

    [Fact]
    public void TheSentenceSayingMoreOfWhatIsAskedWins() =>
        Assert.Same(Sections[1], For(Sections[0], Sections[0], QuestionKind.HowMany, [Idea("actions", 1), Idea("volunteers", 3)], 2016));

    [Fact]
    public void TheSectionFoundStaysWhenItSaysTheThingInASentenceNoKindPatternCatches() =>
        // "Volunteers were not checked" would do: the section speaks of volunteers, so it is about them.
        Assert.Null(For(Sections[1], Sections[1], QuestionKind.Who, [Idea("volunteers")], 2016));

    [Fact]
    public void InAnUndatedGuideOnlyTheSectionsBesideTheOneJustAnsweredAreSearched()
    {
        var undated = GuidePassageSplitter.Split(new ManifestEntry { File = "undated.md", Title = "U", Publisher = "P", Kind = "guide" }, """
            ## The forum

            The forum is for care leavers.

            ## Groups by age

            The council meets young people every month.

            ## Money

            Ask your personal adviser.

            ## Ambassadors

            The ambassadors' panel meets every week.
            """);
        Assert.Same(undated[1], KindInTheGuide.For(undated, undated[0], undated[0], QuestionKind.HowOften, [Idea("meets")], [], SentencesOf));
        Assert.Null(KindInTheGuide.For(undated, undated[1], undated[1], QuestionKind.HowOften, [Idea("panel")], [], SentencesOf));
    }

    [Fact]
    public void ASentenceOfAnotherYearIsNoAnswerInAConversationAboutAYear() =>
        Assert.Null(For(Sections[3], Sections[3], QuestionKind.Who, [Idea("inspector")], 2019));

    [Fact]
    public void ASectionOfAnotherGuideFoundSayingTheKindOfTheThingStays() =>
        Assert.Null(For(Sections[0], Elsewhere[0], QuestionKind.HowMany, [Idea("actions")], 2016));

    [Fact]
    public void AFollowUpNamingWhatTheGuideNeverSpeaksOfIsAskedOfAnotherTopic() =>
        // "lifeguards" is only in the other guide: the count of actions here is not what it asks.
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.HowMany, [Idea("actions", 3), Idea("lifeguards", 1)], 2016));

    [Fact]
    public void AnotherGuideIsNeverSearched() =>
        Assert.Null(For(Elsewhere[0], Elsewhere[0], QuestionKind.HowMany, [Idea("actions")]));

    [Fact]
    public void AKindOfNoParticularFactFindsNothing() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.General, [Idea("actions")], 2016));

    [Fact]
    public void AFollowUpNamingNothingNewFindsNothing() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.HowMany, [], 2016));
}
