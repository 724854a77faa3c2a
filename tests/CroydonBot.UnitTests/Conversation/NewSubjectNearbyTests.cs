using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>
/// Round AD (conv-ad): a follow-up naming something the section just answered never speaks of ("is there a fee" after how to join
/// a youth club) is led by the section of the same guide named after it, among the reading's hits; nothing moves when no such
/// section is named so, when the follow-up names nothing new, or across guides.
/// </summary>
public sealed class NewSubjectNearbyTests
{
    private static readonly ManifestEntry Guide = new() { File = "clubs.md", Title = "Clubs", Publisher = "P", Kind = "guide" };

    private static readonly ManifestEntry Other = new() { File = "money.md", Title = "Money", Publisher = "P", Kind = "guide" };

    private static readonly IReadOnlyList<Passage> Clubs = GuidePassageSplitter.Split(Guide, """
        ## How to join the youth club

        Ask your key worker to put you in touch with the club leader.

        ## Is there a fee for the youth club?

        The club is free. Trips may have a small fee.

        ## What the youth club does

        The club runs games nights, cooking and trips. A fee is never asked at the door.
        """);

    private static readonly IReadOnlyList<Passage> Money = GuidePassageSplitter.Split(Other, """
        ## Fees for college

        A fee for a college course may be paid by the council.
        """);

    private static IReadOnlySet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '.', '?', ',', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlySet<string> NamesOf(Passage p) => Words(p.Heading);

    private static IReadOnlySet<string> TermsOf(ScoredPassage h) => Words(h.Passage.Heading + " " + h.Passage.Text);

    private static ScoredPassage Hit(Passage p, int number) => new(p, number, 1.0 - number / 10.0, 1.0);

    private static QueryConcept Idea(string word) => new(word, [[word]], 2.0);

    [Fact]
    public void TheSectionNamedAfterTheNewSubjectLeads()
    {
        var hits = new[] { Hit(Clubs[0], 0), Hit(Clubs[2], 1), Hit(Clubs[1], 2) };

        var led = NewSubjectNearby.For(hits, Clubs[0], [Idea("fee")], NamesOf, TermsOf);

        // The section that says "fee" in passing comes first among the hits, but only the one named after it leads.
        Assert.Same(Clubs[1], led?.Passage);
    }

    [Fact]
    public void NothingNewNamedMovesNothing() =>
        Assert.Null(NewSubjectNearby.For([Hit(Clubs[0], 0), Hit(Clubs[1], 1)], Clubs[0], [], NamesOf, TermsOf));

    [Fact]
    public void ASectionNamedAfterItInAnotherGuideIsNotTaken() =>
        Assert.Null(NewSubjectNearby.For([Hit(Clubs[0], 0), Hit(Money[0], 1)], Clubs[0], [Idea("fee")], NamesOf, TermsOf));

    [Fact]
    public void ASectionThatDoesNotSayEveryNewSubjectIsNotTaken() =>
        Assert.Null(NewSubjectNearby.For([Hit(Clubs[0], 0), Hit(Clubs[1], 1)], Clubs[0], [Idea("fee"), Idea("bus")], NamesOf, TermsOf));

    [Fact]
    public void ASectionNamedAfterOnlyOneOfTheNewSubjectsIsNotTaken() =>
        // "trips" is in the fee section's text, but the section is not named after trips.
        Assert.Null(NewSubjectNearby.For([Hit(Clubs[0], 0), Hit(Clubs[1], 1)], Clubs[0], [Idea("fee"), Idea("trips")], NamesOf, TermsOf));

    [Fact]
    public void TheLeadItselfIsNeverTheMove() =>
        Assert.Null(NewSubjectNearby.For([Hit(Clubs[1], 0)], Clubs[0], [Idea("fee")], NamesOf, TermsOf));
}
