using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

public sealed class KindInTheNamedSectionTests : IDisposable
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", Kind = "guide" };

    private static readonly ManifestEntry OtherGuide = new() { File = "other.md", Title = "Other", Publisher = "P", Kind = "guide" };

    // An invented allotment guide: the warden's section mentions the tenancy agreement, which has a section of its own far away.
    private static readonly IReadOnlyList<Passage> Sections = GuidePassageSplitter.Split(Guide, """
        ## The allotment warden
        Questions: who is the warden? | how often does the warden come round

        The warden helps with your tenancy agreement and gives advice. The warden walks the site every two weeks.

        ## Water on the site
        Questions: is water in my agreement?

        Taps are turned on in April and off in October.

        ## Sheds and greenhouses

        You may put up one shed. Greenhouses need the committee's say.

        ## Tenancy agreement: what it is and how often it is renewed
        Questions: what is the tenancy agreement? | when is my agreement checked

        The tenancy agreement is your contract for the plot, and it is renewed every three years. You can ask for a copy at any time.

        ## Compost bins

        Bins are emptied every month.
        """);

    private static readonly IReadOnlyList<Passage> Elsewhere = GuidePassageSplitter.Split(OtherGuide, """
        ## Tenancy agreement for flats

        A flat's tenancy agreement is renewed every year.
        """);

    private readonly TermAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    private QueryConcept Idea(string surface, double weight = 1) => new(surface, [[.. _analyzer.Terms(surface)]], weight);

    private Passage? For(Passage last, Passage top, QuestionKind kind, params QueryConcept[] asked) =>
        KindInTheNamedSection.For([.. Sections, .. Elsewhere], last, top, kind, asked,
            p => PassageWords.OfHeading(_analyzer, p), p => PassageWords.OfNames(_analyzer, p), p => PassageWords.OfSentences(_analyzer, p));

    [Fact]
    public void TheSectionNamedAfterTheThingAskedAnswersThoughItIsFarFromTheLastAnswer() =>
        Assert.Same(Sections[3], For(Sections[0], Sections[0], QuestionKind.HowOften, Idea("tenancy agreement", 2)));

    [Fact]
    public void AWordNoSectionIsNamedAfterDoesNotStopIt() =>
        Assert.Same(Sections[3], For(Sections[0], Sections[0], QuestionKind.HowOften, Idea("tenancy agreement", 2), Idea("supposedly", 3)));

    [Fact]
    public void ASectionWhoseSentenceOfTheKindSaysTheThingAskedKeepsIt() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.HowOften, Idea("warden")));

    [Fact]
    public void ASectionNamedAfterTheThingButWithoutTheKindAskedIsNoAnswer() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.Age, Idea("tenancy agreement")));

    [Fact]
    public void ASectionNamedAfterTheThingWhoseSentencesOfTheKindDoNotSayItIsNoAnswer() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.HowOften, Idea("compost")));

    [Fact]
    public void ASectionAskedAfterTheThingInItsLabelledQuestionsIsItsOwn() =>
        Assert.Null(For(Sections[1], Sections[1], QuestionKind.HowOften, Idea("agreement")));

    [Fact]
    public void AWordOfTheSettingNamesNoSubject() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.HowOften, Idea("tenancy agreement", 0.4)));

    [Fact]
    public void ANamedWordOutweighedByTheFollowUpsOtherSubjectsIsIncidental() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.HowOften, Idea("tenancy agreement", 1), Idea("inadequate", 3)));

    [Fact]
    public void AnotherGuideIsNotLookedIn() =>
        Assert.Null(For(Sections[2], Sections[2], QuestionKind.HowOften, Idea("flat")));

    [Fact]
    public void AKindOfNoParticularFactLeadsNowhere() =>
        Assert.Null(For(Sections[0], Sections[0], QuestionKind.General, Idea("tenancy agreement")));
}
