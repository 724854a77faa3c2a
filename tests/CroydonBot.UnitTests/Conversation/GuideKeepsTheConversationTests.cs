using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

public sealed class GuideKeepsTheConversationTests
{
    private static readonly ManifestEntry News = new() { File = "news.txt", Title = "Local news", Kind = "news" };
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "The Ofsted timeline", Kind = "guide" };
    private static readonly QueryPlan Plan = new("who was the inspector", [], [], false, false);
    private const double Threshold = 0.5;

    private static Passage Section(ManifestEntry document, int number) =>
        new() { Id = $"{document.File}#{number}", Document = document, Text = "Text." };

    private static ScoredPassage Hit(ManifestEntry document, int number, double score, double coverage = 0.6) =>
        new(Section(document, number), number, score, coverage);

    private static RetrievalResult Reading(params ScoredPassage[] hits) => new(Plan, hits);

    [Fact]
    public void AGuideSectionCloseBehindAFragmentLeadsAFollowUpInAGuideConversationWithTheFragmentsScore()
    {
        var led = GuideKeepsTheConversation.Led(Reading(Hit(News, 1, 0.70), Hit(News, 2, 0.66), Hit(Guide, 27, 0.62)), Section(Guide, 25), Threshold);

        Assert.NotNull(led);
        Assert.Equal(["guide.md#27", "news.txt#1", "news.txt#2"], led.Hits.Select(h => h.Passage.Id));
        Assert.Equal(0.70, led.Best!.Score);
    }

    [Fact]
    public void AConversationOnAFragmentKeepsTheFragmentsLead() =>
        Assert.Null(GuideKeepsTheConversation.Led(Reading(Hit(News, 1, 0.70), Hit(Guide, 27, 0.68)), Section(News, 3), Threshold));

    [Fact]
    public void AGuideSectionFarBelowTheFragmentDoesNotLead() =>
        Assert.Null(GuideKeepsTheConversation.Led(Reading(Hit(News, 1, 1.0), Hit(Guide, 27, 0.8)), Section(Guide, 25), Threshold));

    [Fact]
    public void AGuideSectionCoveringTheFollowUpLessThanTheFragmentAndBelowTheThresholdDoesNotLead() =>
        Assert.Null(GuideKeepsTheConversation.Led(Reading(Hit(News, 1, 0.70, 0.9), Hit(Guide, 27, 0.68, 0.4)), Section(Guide, 25), Threshold));

    [Fact]
    public void AGuideSectionCoveringTheFollowUpSurelyLeadsThoughTheFragmentCoversMore() =>
        Assert.Equal("guide.md#27", GuideKeepsTheConversation.Led(Reading(Hit(News, 1, 0.70, 1.0), Hit(Guide, 27, 0.68, 0.6)), Section(Guide, 25), Threshold)?.Best?.Passage.Id);

    [Fact]
    public void AReadingLedByAGuideSectionIsLeftAsItIs() =>
        Assert.Null(GuideKeepsTheConversation.Led(Reading(Hit(Guide, 16, 0.70), Hit(News, 1, 0.69)), Section(Guide, 25), Threshold));

    [Fact]
    public void TheWordsOfASpeakerTheFollowUpNamesKeepTheLead() =>
        Assert.Null(GuideKeepsTheConversation.Led(Reading(Hit(News, 1, 0.70) with { SpeakerAsked = true }, Hit(Guide, 26, 0.69)), Section(Guide, 25), Threshold));

    private static readonly ManifestEntry News2024 =
        new() { File = "news-2024.txt", Title = "Ofsted report news", Kind = "news", Date = new DateOnly(2024, 12, 6), DateLabel = "December 2024" };

    private static Passage Headed(string heading) =>
        new() { Id = "guide.md#25", Document = Guide, Heading = heading, Text = "Text." };

    [Fact]
    public void AFragmentFromTheYearTheLastSectionsHeadingNamesKeepsTheLeadAsItTellsTheSameEvent() =>
        Assert.Null(GuideKeepsTheConversation.Led(Reading(Hit(News2024, 1, 0.70), Hit(Guide, 27, 0.68)),
            Headed("What Ofsted said about staff in 2024"), Threshold));

    [Fact]
    public void AFragmentFromAnotherYearThanTheLastSectionsHeadingGivesWayToTheGuide() =>
        Assert.Equal("guide.md#27", GuideKeepsTheConversation.Led(Reading(Hit(News2024, 1, 0.70), Hit(Guide, 27, 0.68)),
            Headed("2017: the government sends in a commissioner"), Threshold)?.Best?.Passage.Id);
}
