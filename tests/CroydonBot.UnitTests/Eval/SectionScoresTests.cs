using System.Text.Json;
using CroydonBot.Eval;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Eval;

public sealed class SectionScoresTests
{
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "Guide", Publisher = "P", DateLabel = "2026", Kind = "guide" };
    private static readonly ManifestEntry Minutes = new() { File = "001.txt", Title = "Minutes", Publisher = "P", DateLabel = "2024", Kind = "minutes" };

    private static Passage Section(string heading, int n) => new() { Id = $"guide.md#{n}", Document = Guide, Heading = heading, Text = "t", Ordinal = n };
    private static Passage Paragraph(int n) => new() { Id = $"001.txt#{n}", Document = Minutes, Text = "t", Ordinal = n };

    [Fact]
    public void TheExpectedSectionIsOneStringOrAList()
    {
        var one = JsonSerializer.Deserialize<EvalCase>("""{"id":"a","section":"Staying Put"}""", new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var many = JsonSerializer.Deserialize<EvalCase>("""{"id":"b","section":["Staying Put","001.txt"]}""", new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal(["Staying Put"], one.Section);
        Assert.Equal(["Staying Put", "001.txt"], many.Section);
    }

    [Fact]
    public void RankCountsDistinctSectionsAndASourceFileIsOneSection()
    {
        var c = new EvalCase { Id = "x", Section = ["Staying Put"] };
        var ranked = new[] { Paragraph(1), Paragraph(2), Section("Staying Close", 0), Section("Staying Put", 1) };

        Assert.Equal(3, SectionScores.RankOf(c, ranked));
        Assert.Equal(1, SectionScores.RankOf(new EvalCase { Id = "y", Section = ["001.txt"] }, ranked));
        Assert.Null(SectionScores.RankOf(new EvalCase { Id = "z", Section = ["Council tax"] }, ranked));
    }

    [Fact]
    public void TopOneAndTopThreeAreCountedOverLabelledCases()
    {
        var scores = SectionScores.Of([1, 3, 4, null]);

        Assert.Equal((4, 1, 2), (scores.Labelled, scores.Top1, scores.Top3));
    }
}
