using CroydonBot.Configuration;
using CroydonBot.FeedbackReplies;
using CroydonBot.Storage;
using CroydonBot.UnitTests.Dialogs;

namespace CroydonBot.UnitTests.FeedbackReplies;

/// <summary>The wording of staff replies and reference lookups comes from dialogs/feedback-replies.yaml, every placeholder filled.</summary>
public sealed class FeedbackReplyWordingTests
{
    private static readonly FeedbackReplyWording Wording = new(YamlFile.Read<FeedbackReplyWordingData>(DialogFiles.Path(FeedbackReplyWordingData.File)));

    [Fact]
    public void AStaffReplyNamesItsReferenceAndKeepsTheText()
    {
        var text = Wording.Reply("FB-2026-000123", "We have passed this to the housing team.");

        Assert.Contains("FB-2026-000123", text);
        Assert.EndsWith("We have passed this to the housing team.", text);
        Assert.DoesNotContain("{", text);
    }

    [Theory]
    [InlineData(FeedbackStatus.New)]
    [InlineData(FeedbackStatus.InReview)]
    [InlineData(FeedbackStatus.Actioned)]
    [InlineData(FeedbackStatus.Closed)]
    public void EveryStatusIsSaidInWords(string status)
    {
        var item = new FeedbackItem { Reference = "FB-2026-000007", Status = status };

        var none = Wording.Status(item, null);
        var replied = Wording.Status(item, new FeedbackReply(1, "FB-2026-000007", "Thanks, sorted.", "alex", new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero), "chat", null));

        Assert.DoesNotContain("000007: " + status + ".", none);
        Assert.Contains("FB-2026-000007", none);
        Assert.Contains("4 March 2026", replied);
        Assert.Contains("Thanks, sorted.", replied);
        Assert.DoesNotContain("{", none + replied);
    }

    [Fact]
    public void SomeoneElseIsToldOnlyAboutTheirOwnFeedback() => Assert.Contains("feedback you sent from this chat", Wording.NotYours);
}
