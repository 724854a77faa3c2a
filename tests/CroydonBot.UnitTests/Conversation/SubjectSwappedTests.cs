using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

public sealed class SubjectSwappedTests : IDisposable
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", Kind = "guide" };

    // An invented timeline of a zoo's reviews, one section per animal house in each year.
    private static readonly IReadOnlyList<Passage> Sections = GuidePassageSplitter.Split(Guide, """
        ## May 2019: what reviewers said about the reptile house (history)

        The reptile house was judged weak.

        ## May 2019: what reviewers said about the bird house (history)

        The bird house was judged fair.

        ## June 2023: what reviewers said about the reptile house

        The reptile house was judged strong.

        ## June 2023: what reviewers said about the bird house

        The bird house was judged strong.

        ## June 2023: the bird house feeding times and visitor numbers

        Birds are fed at noon.

        ## The bird house

        Parrots and owls live here.
        """);

    private readonly TermAnalyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    private QueryConcept Idea(string surface, params string[] others) =>
        new(surface, [[.. _analyzer.Terms(surface)], .. others.Select(o => (IReadOnlyList<string>)[.. _analyzer.Terms(o)])], 1);

    private Passage? For(Passage last, params QueryConcept[] fresh) =>
        SubjectSwapped.For(Sections, last, fresh, p => PassageWords.OfHeading(_analyzer, p));

    [Fact]
    public void TheSameStepOfTheTimelineOfTheSubjectNamedAnswers() =>
        Assert.Same(Sections[3], For(Sections[2], Idea("birds", "bird")));

    [Fact]
    public void ASectionOfAnotherYearIsNotTheSameStep() =>
        Assert.Same(Sections[1], For(Sections[0], Idea("bird")));

    [Fact]
    public void ASectionAddingWordsOfItsOwnIsAnotherKindOfSection() =>
        Assert.Null(For(Sections[2], Idea("feeding"), Idea("bird")));

    [Fact]
    public void TheSubjectAlreadyInTheLastHeadingAsksNothingNew() =>
        Assert.Null(For(Sections[2], Idea("reptile")));

    [Fact]
    public void AnUndatedSectionIsNoStepOfATimeline() =>
        Assert.Null(For(Sections[5], Idea("reptile")));
}
