using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Replies;
using static CroydonBot.UnitTests.Replies.AnswerParts;

namespace CroydonBot.UnitTests.Replies;

/// <summary>Knowledge's typed answer put into the real wording of dialogs/wording.yaml.</summary>
public sealed class AnswerRendererTests
{
    private static readonly Wording Wording = YamlFile.Read<Wording>(Path.Combine(SeedPaths.Dialogs, "wording.yaml"));
    private static readonly AnswerRenderer Renderer = new(Wording);

    private static string SourceLine(string title, string publisher, string date) =>
        Wording.SourceLine.Replace("{title}", title).Replace("{publisher}", publisher).Replace("{date}", date);

    [Fact]
    public void OnePartIsItsSentencesWithItsNumberThenItsSourceLineAfterABlankLine()
    {
        var rendered = Renderer.Render(new AnswerReply(Of(Part(Document(), "Care leavers get help.", "Ask your PA.")), []));

        Assert.Equal("Care leavers get help. Ask your PA. [1]", rendered.Body);
        Assert.Equal($"Care leavers get help. Ask your PA. [1]\n\n{SourceLine("A report", "A publisher", "May 2024")}", rendered.Text);
    }

    [Fact]
    public void TwoPartsHaveNumberedSourceLines()
    {
        var answer = Of(Part(Document(1), "First."), Part(Document(2), "Second."));

        Assert.Equal("First. [1] Second. [2]", Renderer.Body(answer));
        Assert.Equal(["[1] " + SourceLine("A report", "A publisher", "May 2024"), "[2] " + SourceLine("A report", "A publisher", "May 2024")], Renderer.SourceLines(answer));
    }

    [Fact]
    public void HistoryIsWarnedAboutAndWhatHappenedSinceFollows()
    {
        var part = Part(Document(), "Croydon was rated inadequate (2017).") with { History = new HistoryNote("2017") };
        var answer = Of(part) with { SinceThen = "Since then, Croydon was rated good." };

        Assert.Equal(
            $"{Wording.HistoricalPrefix.Replace("{date}", "2017")} Croydon was rated inadequate (2017). [1] Since then, Croydon was rated good.",
            Renderer.Body(answer));
    }

    [Theory]
    [InlineData("This is 2017 history. Ofsted found serious failures (2017).")]
    [InlineData("This is history, not Croydon's rating now (2017). Ofsted found serious failures (2017).")]
    public void AGuideSectionsOwnHistoryLabelIsNotSaidAgainAfterTheWarning(string body)
    {
        var part = Part(Document(), body) with { History = new HistoryNote("2017") };

        Assert.Equal($"{Wording.HistoricalPrefix.Replace("{date}", "2017")} Ofsted found serious failures (2017). [1]", Renderer.Body(Of(part)));
    }

    [Fact]
    public void APartNotFromHistoryKeepsEveryWordAndALabelAloneIsKept()
    {
        Assert.Equal("This is 2017 history. It was bad. [1]", Renderer.Body(Of(Part(Document(), "This is 2017 history. It was bad."))));
        Assert.Equal("This is 2017 history.", AnswerRenderer.WithoutOwnHistoryLabel("This is 2017 history."));
    }

    [Fact]
    public void TheCurrentPositionComesFirstWhenTheQuestionAskedAboutNow()
    {
        var part = Part(Document(), "Croydon was rated inadequate (2017).") with { History = new HistoryNote("2017", "Since 2017, Croydon was rated good.") };

        Assert.StartsWith("Since 2017, Croydon was rated good. " + Wording.HistoricalPrefix.Replace("{date}", "2017"), Renderer.Body(Of(part)));
    }

    [Fact]
    public void APrefaceGoesFirstAndThePartNotAnsweredAfterTheSources()
    {
        var reply = new AnswerReply(Of(Part(Document(), "An answer.")), []) { Preface = "OK, nothing was sent.", Unanswered = "how many swans" };

        var text = Renderer.Render(reply).Text;

        Assert.StartsWith("OK, nothing was sent.\n\nAn answer. [1]\n\nSource", text);
        Assert.EndsWith("\n\n" + Wording.PartNotAnswered.Replace("{question}", "how many swans"), text);
    }

    [Fact]
    public void AGuideNamesThePublicSourcesItWasWrittenFromWithTheirLinksAndWhenItsFactsWereChecked()
    {
        var citation = Guide(1, new OriginalSource("TfL, 18-25 Care Leaver Oyster photocard", "https://tfl.gov.uk/oyster", null),
            new OriginalSource("Croydon Conservatives, news", null, "2018"));

        var line = Renderer.SourceLine(citation);

        Assert.Contains(Wording.GuideSources.Original.Replace("{name}", "TfL, 18-25 Care Leaver Oyster photocard").Replace("{date}", "").Replace("{url}", "https://tfl.gov.uk/oyster"), line);
        Assert.Contains("Croydon Conservatives, news (2018)", line);
        Assert.Contains("Croydon Conservatives, news", line);
        Assert.Contains("November 2026", line);
        Assert.Contains("A guide", line);
        // The date the section's facts speak from is in the answer; the source says when they were checked.
        Assert.DoesNotContain("April 2018", line);
    }

    [Fact]
    public void AGuideSectionThatNamesNoOriginalSourceStillSaysWhenItsFactsWereChecked()
    {
        var line = Renderer.SourceLine(Guide());

        Assert.Contains("A guide", line);
        Assert.Contains("checked November 2026", line);
        Assert.DoesNotContain("{", line);
    }

    [Fact]
    public void ADatedGuideSectionThatNamesNoOriginalSourceSaysWhenItsFactsAreFromAndWhenTheyWereChecked()
    {
        var line = Renderer.SourceLine(Guide() with { OwnDate = "April 2018" });

        Assert.Contains("facts from April 2018", line);
        Assert.Contains("checked November 2026", line);
    }

    [Fact]
    public void TheCitationEntityOfAGuideCarriesItsOriginalSourcesAddress()
    {
        var entity = CitationEntity.Create([Guide(1, new OriginalSource("TfL, photocard", "https://tfl.gov.uk/oyster", null))]);

        var appearance = entity.Properties!["citation"][0].GetProperty("appearance");
        Assert.Equal("https://tfl.gov.uk/oyster", appearance.GetProperty("url").GetString());
        Assert.Equal("A guide (checked November 2026)", appearance.GetProperty("name").GetString());
    }

    /// <summary>
    /// The claims are written straight as JSON: they must be the bytes the protocol's serializer gave for the same
    /// claims as dictionaries (a document with and without an address, a guide, characters the encoder escapes, an
    /// abstract cut at 160 characters).
    /// </summary>
    [Fact]
    public void TheCitationClaimsAreTheBytesTheSerializerWroteForThemAsDictionaries()
    {
        IReadOnlyList<Citation> citations =
        [
            new Citation(1, "Ofsted's \"report\" <2024>", "Ofsted & co", "https://example.org/a?b=1&c=2", "May 2024", "It's £2,000 – “good”."),
            new Citation(2, "No address", "Nobody", null, "2017", new string('x', 200) + " end"),
            Guide(3, new OriginalSource("TfL, photocard", "https://tfl.gov.uk/oyster", null)),
        ];
        var asDictionaries = citations.Select(c => new Dictionary<string, object?>
        {
            ["@type"] = "Claim",
            ["position"] = c.Position,
            ["appearance"] = new Dictionary<string, object?>
            {
                ["@type"] = "DigitalDocument",
                ["name"] = $"{c.Title} ({(c.IsGuide && c.CheckedOn is { } on ? "checked " + AnswerRenderer.CheckedLabel(on) : c.DateLabel)})",
                ["url"] = c.Link,
                ["abstract"] = c.Abstract.Length <= 160 ? c.Abstract : c.Abstract[..159].TrimEnd() + "…",
            },
        }).ToList();

        var written = CitationEntity.Create(citations).Properties!["citation"].GetRawText();

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(asDictionaries, CroydonBot.Protocol.ProtocolJson.Options), written);
    }
}
