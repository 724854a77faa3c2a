using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class TextPassageSplitterTests
{
    private static readonly ManifestEntry Document = new() { File = "doc.txt", Title = "T", Publisher = "P", DateLabel = "2024", Kind = "news" };

    [Fact]
    public void EachParagraphBecomesAPassage()
    {
        var passages = TextPassageSplitter.Split(Document, "First paragraph here.\n\nSecond paragraph here.");

        Assert.Equal(["First paragraph here.", "Second paragraph here."], passages.Select(p => p.Text));
        Assert.Equal(["doc.txt#0", "doc.txt#1"], passages.Select(p => p.Id));
    }

    [Fact]
    public void ABulletListStaysWithItsLeadIn()
    {
        var passages = TextPassageSplitter.Split(Document, "Inspectors found:\n\n  • one thing.\n  • another thing.\n\nAfter.");

        Assert.Equal(2, passages.Count);
        Assert.Equal("Inspectors found:\n- one thing.\n- another thing.", passages[0].Text);
    }

    [Fact]
    public void AShortLineWithoutAFullStopIsTheHeadingOfWhatFollows()
    {
        var passages = TextPassageSplitter.Split(Document, "Notable Achievements\n\nCare leavers were supported well.");

        var passage = Assert.Single(passages);
        Assert.Equal("Notable Achievements", passage.Heading);
        Assert.Equal("Care leavers were supported well.", passage.Text);
    }

    [Fact]
    public void PassagesCarryTheirDocumentsMetadata()
    {
        var passage = Assert.Single(TextPassageSplitter.Split(Document, "Some content."));

        Assert.Same(Document, passage.Document);
        Assert.Equal("2024", passage.DateLabel);
    }

    [Fact]
    public void AnFaqQuestionOnItsOwnLineHeadsItsAnswer()
    {
        var passages = TextPassageSplitter.Split(Document, "What is Ofsted?\n\nOfsted inspects services for children.");

        var passage = Assert.Single(passages);
        Assert.Equal("What is Ofsted?", passage.Heading);
    }

    [Fact]
    public void ALongTitleInCapitalsIsNeverAPassage()
    {
        var passages = TextPassageSplitter.Split(Document, "Review of the Corporate Parenting Board Annual Report and Work Programme (Papers to Follow)\n\nThe board met in March.");

        var passage = Assert.Single(passages);
        Assert.Equal("The board met in March.", passage.Text);
    }

    [Fact]
    public void NumberedAgendaItemsAreNeverPassages()
    {
        var passages = TextPassageSplitter.Split(Document, "3.1 Agree the plan for the coming year.\n\n3.2 Note the figures in the appendix.\n\nThe chair thanked the young people who came.");

        var passage = Assert.Single(passages);
        Assert.Equal("The chair thanked the young people who came.", passage.Text);
    }

    [Fact]
    public void AnOrdinarySentenceWithoutAFullStopIsStillContent()
    {
        Assert.False(TextPassageSplitter.IsTitle("the council said young people would be asked what they think about the new plan"));
    }
}
