using CroydonBot.Configuration;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class PassageWithIdTests
{
    private static readonly ManifestEntry Document = new() { File = "test.txt", Title = "Leaving care", Kind = "news" };

    [Fact]
    public void APassageIsFoundByItsId()
    {
        using var index = IndexOf(("guide.md#0", "Staying put lets you stay with your foster carer."), ("guide.md#1", "Your PA helps until you are 25."));

        Assert.Same(index.Passages[1], index.PassageWithId("guide.md#1"));
    }

    [Fact]
    public void AnIdNoPassageHasFindsNothing()
    {
        using var index = IndexOf(("guide.md#0", "Staying put lets you stay with your foster carer."));

        Assert.Null(index.PassageWithId("guide.md#7"));
        Assert.Null(index.PassageWithId(null));
    }

    [Fact]
    public void AnIdGivenTwiceFindsTheFirstPassageWithIt()
    {
        using var index = IndexOf(("guide.md#0", "The first one."), ("guide.md#0", "The second one."));

        Assert.Same(index.Passages[0], index.PassageWithId("guide.md#0"));
    }

    private static KnowledgeIndex IndexOf(params (string Id, string Text)[] passages) =>
        KnowledgeIndex.Build([.. passages.Select((p, i) => new Passage { Id = p.Id, Document = Document, Text = p.Text, Ordinal = i })], new TermAnalyzer());
}
