using CroydonBot.Knowledge;
using CroydonBot.Replies;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Replies;

/// <summary>
/// Answers from the real guides, composed and put into the real wording: each names the public sources its
/// section was written from, with their addresses, and when the guide's facts were checked (issue 13, part 5).
/// </summary>
public sealed class GuideSourceLineTests
{
    private static readonly AnswerRenderer Renderer = new(RealContent.Wording);

    private static IReadOnlyList<Passage> GuideSections => [.. RealContent.Index.Passages.Where(p => p.Document.Kind == "guide")];

    [Fact]
    public void MostGuideSectionsNameThePublicSourcesTheyWereWrittenFrom() =>
        Assert.True(GuideSections.Count(p => p.Sources.Count > 0) * 4 >= GuideSections.Count * 3,
            $"only {GuideSections.Count(p => p.Sources.Count > 0)} of {GuideSections.Count} guide sections name their sources");

    [Fact]
    public void AGuideAnswersSourceLineLinksItsPublicSourcesAndSaysWhenTheFactsWereChecked()
    {
        var composer = RealContent.Composer(RealContent.Index);
        foreach (var section in GuideSections)
        {
            var answer = composer.Continue(section, 0, 1.0)!;
            var line = Assert.Single(Renderer.SourceLines(answer));
            var checkedOn = section.Document.CheckedOn!.Value;

            Assert.Contains("checked " + AnswerRenderer.CheckedLabel(checkedOn), line);
            Assert.DoesNotContain("{", line);
            foreach (var source in section.Sources)
            {
                Assert.Contains(source.Name, line);
                if (source.Url is { } url)
                {
                    Assert.Contains(url, line);
                }
            }
            Assert.Equal(section.Sources.Select(s => s.Url).FirstOrDefault(u => u is not null), answer.Parts[0].Citation.Link);
        }
    }

    [Fact]
    public void ANewsOrMinutesAnswerKeepsItsTitlePublisherAndDate()
    {
        var composer = RealContent.Composer(RealContent.Index);
        var news = RealContent.Index.Passages.First(p => p.Document.Kind != "guide");

        var line = Assert.Single(Renderer.SourceLines(composer.Continue(news, 0, 1.0)!));

        Assert.Equal(
            RealContent.Wording.SourceLine.Replace("{title}", news.Document.Title).Replace("{publisher}", news.Document.Publisher).Replace("{date}", news.DateLabel),
            line);
    }
}
