using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Round R (scripts-t): the dated sections of a guide as a timeline, stepped back along by kind.</summary>
public sealed class SectionTimelineTests
{
    private static readonly ManifestEntry Guide = new() { File = "guide-history.md", Kind = "guide", Date = new DateOnly(2026, 11, 1) };
    private static readonly ManifestEntry News = new() { File = "news.txt", Kind = "news", Date = new DateOnly(2022, 12, 1) };

    private static Passage Section(int ordinal, string heading, string? dated = null, ManifestEntry? document = null) =>
        new() { Id = $"s#{ordinal}", Ordinal = ordinal, Heading = heading, DatedLabel = dated, Document = document ?? Guide, Text = heading };

    // Made-up guide: a club's awards, not the Ofsted timeline the design batches walk.
    private static readonly Passage[] Sections =
    [
        Section(0, "What is the award scheme?"),
        Section(1, "2011: awarded bronze, with each mark (history)", "March 2011"),
        Section(2, "2015: awarded silver, with each mark (history)", "May 2015"),
        Section(3, "2015: what the judges said about the coaches (history)", "May 2015"),
        Section(4, "August 2019: the judges' interim visit (history)", "September 2019"),
        Section(5, "June 2022: awarded gold, with each mark", "August 2022"),
        Section(6, "June 2022: what the judges said about the coaches", "August 2022"),
        Section(7, "What is the club's award now?", "August 2022"),
    ];

    [Fact]
    public void AHeadingDateComesBeforeTheDatedLine() => Assert.Equal(202206, SectionTimeline.DateOf(Sections[5]));

    [Fact]
    public void ADatedLineAloneMakesNoStepOfATimeline()
    {
        // A guide of facts each checked at a date: the shared room rule (2021) has no "before" in the covenant (2018).
        var facts = new[] { Section(0, "Jobs: the covenant", "October 2018"), Section(1, "Housing: the shared room rule", "May 2021") };
        Assert.Null(SectionTimeline.Before(facts[1], facts, [new ScoredPassage(facts[0], 0, 1, 1)]));
        Assert.False(SectionTimeline.IsEarliest(facts[0], facts));
    }

    // Round AI (ofsted-ai): "and before 2015?" steps back from 2015's section of the kind just answered.
    [Fact]
    public void TheSectionOfANamedYearIsTheOneMostLikeTheLastAnswer()
    {
        Assert.Same(Sections[3], SectionTimeline.AlikeInYear(Sections[6], 2015, Sections));
        Assert.Same(Sections[2], SectionTimeline.AlikeInYear(Sections[5], 2015, Sections));
        Assert.Same(Sections[2], SectionTimeline.AlikeInYear(Sections[2], 2015, Sections));
    }

    [Fact]
    public void AnUndatedAnswerStepsFromTheNamedYearsFirstSection() => Assert.Same(Sections[2], SectionTimeline.AlikeInYear(Sections[7], 2015, Sections));

    [Fact]
    public void AYearTheGuideDoesNotDateHasNoSection() => Assert.Null(SectionTimeline.AlikeInYear(Sections[5], 2013, Sections));

    [Fact]
    public void AnUndatedSectionHasNoDateOfItsOwn() => Assert.Null(SectionTimeline.DateOf(Sections[0]));

    [Fact]
    public void TheOneBeforeIsTheLatestEarlierSectionOfTheSameKind()
    {
        Assert.Same(Sections[2], SectionTimeline.Before(Sections[5], Sections, []));
        Assert.Same(Sections[1], SectionTimeline.Before(Sections[2], Sections, []));
        Assert.Same(Sections[3], SectionTimeline.Before(Sections[6], Sections, []));
    }

    [Fact]
    public void TheEarliestSectionHasNoneBefore()
    {
        Assert.Null(SectionTimeline.Before(Sections[1], Sections, []));
        Assert.True(SectionTimeline.IsEarliest(Sections[1], Sections));
        Assert.False(SectionTimeline.IsEarliest(Sections[2], Sections));
        Assert.False(SectionTimeline.IsEarliest(Sections[0], Sections));
    }

    [Fact]
    public void AnUndatedAnswerStepsBackFromTheSectionItsSubjectFindsFirst()
    {
        var ranked = new[] { new ScoredPassage(Sections[7], 7, 3, 1), new ScoredPassage(Sections[5], 5, 2, 1) };
        Assert.Same(Sections[2], SectionTimeline.Before(Sections[0], Sections, ranked));
    }

    [Fact]
    // Round AG (ofsted-ag): the award now, asked like the 2022 award, stands for it whatever the subject finds first (the
    // coaches' section): the one before is the 2015 award.
    public void AnUndatedSectionAskedLikeADatedOneOfItsYearStepsBackFromThatOne()
    {
        var awarded = Sections[5] with { Questions = ["what award did the club get in 2022", "which medal did the club win latest"] };
        var now = Sections[7] with { Questions = ["what award does the club hold now", "which medal has the club got"] };
        Passage[] sections = [.. Sections.Select(p => p.Ordinal == 5 ? awarded : p.Ordinal == 7 ? now : p)];
        var ranked = new[] { new ScoredPassage(sections[6], 6, 3, 1) };
        Assert.Same(sections[2], SectionTimeline.Before(now, sections, ranked));
    }

    [Fact]
    public void AnUndatedSectionAskedInFewSharedWordsStillStepsBackFromWhatItsSubjectFinds()
    {
        var now = Sections[7] with { Questions = ["is the club any good"] };
        Passage[] sections = [.. Sections.Select(p => p.Ordinal == 7 ? now : p)];
        var ranked = new[] { new ScoredPassage(sections[6], 6, 3, 1) };
        Assert.Same(sections[3], SectionTimeline.Before(now, sections, ranked));
    }

    [Fact]
    // A report of the 2022 award, published that December: the one before it is 2015, not the 2022 section itself.
    public void ANewsReportStepsBackToAGuideSectionBeforeItsOwnYear()
    {
        var report = Section(9, "", document: News);
        var ranked = new[] { new ScoredPassage(Sections[5], 5, 2, 1) };
        Assert.Same(Sections[2], SectionTimeline.Before(report, Sections, ranked));
    }

    [Fact]
    public void TheOneAfterIsTheEarliestLaterSectionOfTheSameKind()
    {
        Assert.Same(Sections[2], SectionTimeline.After(Sections[1], Sections, []));
        Assert.Same(Sections[5], SectionTimeline.After(Sections[2], Sections, []));
        Assert.Same(Sections[6], SectionTimeline.After(Sections[3], Sections, []));
        Assert.Null(SectionTimeline.After(Sections[5], Sections, []));
    }

    [Fact]
    public void AFollowUpWithWordsOfItsOwnGoesToTheNextSectionWhoseHeadingSaysThem()
    {
        // "what about the coaches after that": after the 2015 award, the coaches' section of that year that follows it; after
        // that section, the 2022 one, not the 2019 visit. Only "judges": the first later heading saying it.
        Assert.Same(Sections[3], SectionTimeline.After(Sections[2], Sections, ["coaches"]));
        Assert.Same(Sections[6], SectionTimeline.After(Sections[3], Sections, ["coaches"]));
        Assert.Same(Sections[4], SectionTimeline.After(Sections[3], Sections, ["judges"]));
        Assert.Same(Sections[4], SectionTimeline.After(Sections[2], Sections, ["visit"]));
        // Words no later heading says: the next one of the same kind.
        Assert.Same(Sections[5], SectionTimeline.After(Sections[2], Sections, ["went", "downhill"]));
    }

    [Fact]
    public void AnUndatedAnswerHasNoOneAfter() => Assert.Null(SectionTimeline.After(Sections[7], Sections, []));

    [Fact]
    public void NowIsTheNewestSectionOfTheSameKind()
    {
        Assert.Same(Sections[5], SectionTimeline.Latest(Sections[1], Sections, [], []));
        Assert.Same(Sections[6], SectionTimeline.Latest(Sections[3], Sections, [], []));
        Assert.Null(SectionTimeline.Latest(Sections[5], Sections, [], []));
    }

    [Fact]
    public void ANewsReportMovesToNowFromTheSectionItsSubjectFindsFirst()
    {
        var report = Section(9, "", document: new ManifestEntry { File = "news-2016.txt", Kind = "news", Date = new DateOnly(2016, 1, 1) });
        var ranked = new[] { new ScoredPassage(Sections[2], 2, 2, 1) };
        Assert.Same(Sections[5], SectionTimeline.Latest(report, Sections, ranked, []));
    }

    [Fact]
    public void NowWithAWordOfItsOwnIsTheNewestYearsSectionSayingIt()
    {
        // "so is it gold now" after the 2022 judges' section: the 2022 award; "is it bronze now" says nothing of the newest
        // year, and the newest award asked about after itself is no move.
        Assert.Same(Sections[5], SectionTimeline.Latest(Sections[6], Sections, [], ["gold"]));
        Assert.Same(Sections[5], SectionTimeline.Latest(Sections[1], Sections, [], ["awarded"]));
        Assert.Null(SectionTimeline.Latest(Sections[6], Sections, [], ["bronze"]));
        Assert.Null(SectionTimeline.Latest(Sections[5], Sections, [], ["gold"]));
    }

    [Fact]
    public void NowWithAWordOfItsOwnAfterANewsReportLooksInTheGuideItsSubjectFinds()
    {
        var report = Section(9, "", document: new ManifestEntry { File = "news-2022.txt", Kind = "news", Date = new DateOnly(2022, 12, 1) });
        var ranked = new[] { new ScoredPassage(Sections[2], 2, 2, 1) };
        Assert.Same(Sections[5], SectionTimeline.Latest(report, Sections, ranked, ["gold"]));
        Assert.Null(SectionTimeline.Latest(report, Sections, [], ["gold"]));
    }

    [Fact]
    public void AWordOfTheGuidesTitleTellsNoSectionApart()
    {
        // "is the club still like that now" after the 2015 coaches: "club" is in every section's guide title, so it is the same
        // as "and now", the newest coaches' section, not the newest section whose heading happens to say "club".
        var titled = new ManifestEntry { File = "guide-club.md", Kind = "guide", Title = "Awards of the club", Date = new DateOnly(2026, 11, 1) };
        Passage Titled(int ordinal, string heading) => new() { Id = $"t#{ordinal}", Ordinal = ordinal, Heading = heading, Document = titled, Text = heading };
        var sections = new[] { Titled(0, "2015: what the judges said about the coaches"), Titled(1, "2022: a new pitch for the club"), Titled(2, "2022: what the judges said about the coaches") };
        Assert.Same(sections[2], SectionTimeline.Latest(sections[0], sections, [], ["club"]));
        Assert.Same(sections[1], SectionTimeline.Latest(sections[0], sections, [], ["pitch"]));
    }

    [Fact]
    public void TheSameYearIsEveryDatedSectionOfThatYearInTheGuidesOrder()
    {
        Assert.Equal([Sections[2], Sections[3]], SectionTimeline.SameYear(Sections[3], Sections));
        Assert.Empty(SectionTimeline.SameYear(Sections[7], Sections));
    }

    // Round AT (perf-at): the digits this pattern hands to int.Parse are ASCII ones. PlainDigitsStep folds other scripts' digits
    // at the message's entry; read without it, such digits are no number here rather than a failed turn.
    [Fact]
    public void AHeadingDatedInAnotherScriptsDigitsHasNoDate()
    {
        Assert.Equal(2015, SectionTimeline.DateOf(Section(0, "2015: awarded silver")) / 100);
        Assert.Null(SectionTimeline.DateOf(Section(0, "\u0662\u0660\u0661\u0665: awarded silver")));
    }
}
