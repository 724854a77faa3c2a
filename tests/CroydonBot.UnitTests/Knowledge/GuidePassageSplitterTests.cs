using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class GuidePassageSplitterTests
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", DateLabel = "checked November 2026", Kind = "guide" };

    private const string Markdown = """
        # A guide

        ## What is a personal adviser?
        Questions: who is my PA | what does a PA do
        Dated: April 2018

        A personal adviser helps you after care.
        - They help with your plan.

        ## Money for university
        Questions: uni money

        You can get a bursary.
        """;

    [Fact]
    public void EachSectionBecomesOnePassageWithItsHeading()
    {
        var passages = GuidePassageSplitter.Split(Guide, Markdown);

        Assert.Equal(["What is a personal adviser?", "Money for university"], passages.Select(p => p.Heading));
        Assert.Equal("A personal adviser helps you after care.\n- They help with your plan.", passages[0].Text);
    }

    [Fact]
    public void AlternativeQuestionsAreReadFromTheQuestionsLine()
    {
        var passages = GuidePassageSplitter.Split(Guide, Markdown);

        Assert.Equal(["who is my PA", "what does a PA do"], passages[0].Questions);
    }

    [Fact]
    public void ADatedLineOverridesTheDocumentsDate()
    {
        var passages = GuidePassageSplitter.Split(Guide, Markdown);

        Assert.Equal("April 2018", passages[0].DateLabel);
        Assert.Equal("checked November 2026", passages[1].DateLabel);
    }

    [Fact]
    public void ButtonsAndTheCurrentPositionAreReadFromTheirLines()
    {
        var passages = GuidePassageSplitter.Split(Guide, """
            ## The main things (overview)
            Questions: what can i get
            Buttons: What is a PA? | Money for uni?

            You can get a PA and a bursary.

            ## 2017: rated inadequate (history)
            Dated: September 2017
            Now: Croydon is rated good.

            Ofsted found serious failures.
            """);

        Assert.Equal(["What is a PA?", "Money for uni?"], passages[0].Buttons);
        Assert.Null(passages[0].SinceThen);
        Assert.Equal("Croydon is rated good.", passages[1].SinceThen);
        Assert.Equal("2017", passages[1].Year);
        Assert.Equal("Ofsted found serious failures.", passages[1].Text);
    }

    [Fact]
    public void ASourcesLineNamesTheManifestSourcesTheSectionWasWrittenFrom()
    {
        var guide = new ManifestEntry
        {
            File = "guide.md", Title = "Guide", Publisher = "P", Kind = "guide",
            Sources =
            [
                "TfL, 18-25 Care Leaver Oyster photocard \u2014 https://tfl.gov.uk/fares/oyster (undated)",
                "Ofsted, inspection report \u2014 https://files.ofsted.gov.uk/v1/file/1 (16 Mar 2020)",
                "Ofsted, inspection report \u2014 https://files.ofsted.gov.uk/v1/file/2 (3 Dec 2024)",
            ],
        };

        var passages = GuidePassageSplitter.Split(guide, """
            ## Cheap travel
            Questions: oyster card
            Sources: Oyster photocard | files.ofsted.gov.uk/v1/file/2

            Half-price bus fares.

            ## Nothing named

            A section.
            """);

        Assert.Equal(
            [new OriginalSource("TfL, 18-25 Care Leaver Oyster photocard", "https://tfl.gov.uk/fares/oyster", null), new OriginalSource("Ofsted, inspection report", "https://files.ofsted.gov.uk/v1/file/2", "3 Dec 2024")],
            passages[0].Sources);
        Assert.Equal("Half-price bus fares.", passages[0].Text);
        Assert.Empty(passages[1].Sources);
    }

    [Theory]
    [InlineData("Ofsted, inspection report")]
    [InlineData("a source nobody listed")]
    public void ASourceThatFitsNoneOrSeveralOfTheManifestsIsAnErrorNotAGuess(string reference)
    {
        var guide = new ManifestEntry
        {
            File = "guide.md", Title = "Guide", Kind = "guide",
            Sources = ["Ofsted, inspection report \u2014 https://files.ofsted.gov.uk/v1/file/1 (2020)", "Ofsted, inspection report \u2014 https://files.ofsted.gov.uk/v1/file/2 (2024)"],
        };

        var error = Assert.Throws<InvalidDataException>(() => GuidePassageSplitter.Split(guide, $"## A section\nSources: {reference}\n\nText."));
        Assert.Contains("A section", error.Message);
    }
}
