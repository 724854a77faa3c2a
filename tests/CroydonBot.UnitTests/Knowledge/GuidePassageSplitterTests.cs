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
}
