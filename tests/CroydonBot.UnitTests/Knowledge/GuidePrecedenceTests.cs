using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class GuidePrecedenceTests
{
    private static readonly ManifestEntry Minutes = new() { File = "minutes.txt", Title = "Cabinet minutes", Kind = "minutes" };
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "What you can get", Kind = "guide" };

    private static ScoredPassage Hit(ManifestEntry document, int number, double score) =>
        new(new Passage { Id = $"{document.File}#{number}", Document = document, Text = "Text." }, number, score, 0.6);

    [Fact]
    public void AGuideSectionCloseBehindAFragmentThatMissesItsSubjectLeadsWithTheFragmentsScore()
    {
        ScoredPassage[] scored = [Hit(Minutes, 0, 0.67), Hit(Guide, 1, 0.62), Hit(Guide, 2, 0.60)];
        int[] order = [0, 1, 2];

        GuidePrecedence.Apply(scored, order, i => i == 1);

        Assert.Equal([1, 0, 2], order);
        Assert.Equal(0.67, scored[1].Score);
    }

    [Fact]
    public void AFragmentThatNamesTheSubjectKeepsTheLead()
    {
        ScoredPassage[] scored = [Hit(Minutes, 0, 0.67), Hit(Guide, 1, 0.66)];
        int[] order = [0, 1];

        GuidePrecedence.Apply(scored, order, _ => false);

        Assert.Equal([0, 1], order);
        Assert.Equal(0.66, scored[1].Score);
    }

    [Fact]
    public void AGuideSectionRankedFarBelowTheFragmentDoesNotTakeTheLead()
    {
        ScoredPassage[] scored = [Hit(Minutes, 0, 1.0), Hit(Guide, 1, 0.8)];
        int[] order = [0, 1];

        GuidePrecedence.Apply(scored, order, _ => true);

        Assert.Equal([0, 1], order);
    }

    [Fact]
    public void OnlyAGuideSectionTakesTheLeadNotAnotherFragment()
    {
        ScoredPassage[] scored = [Hit(Minutes, 0, 0.70), Hit(Minutes, 1, 0.69), Hit(Guide, 2, 0.65)];
        int[] order = [0, 1, 2];

        GuidePrecedence.Apply(scored, order, i => true);

        Assert.Equal([2, 0, 1], order);
    }

    [Fact]
    public void AGuideSectionAtTheTopStaysThere()
    {
        ScoredPassage[] scored = [Hit(Guide, 0, 0.9), Hit(Minutes, 1, 0.89)];
        int[] order = [0, 1];

        GuidePrecedence.Apply(scored, order, _ => true);

        Assert.Equal([0, 1], order);
    }
}
