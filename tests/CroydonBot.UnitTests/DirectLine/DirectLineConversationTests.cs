using System.Text.Json;
using CroydonBot.DirectLine;
using CroydonBot.Protocol;
using FsCheck.Xunit;

namespace CroydonBot.UnitTests.DirectLine;

public sealed class DirectLineConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AppendedActivitiesGetOrderedIdsAndTheWatermarkCountsThem()
    {
        var conversation = new DirectLineConversation("abc", "dl_u", 10, Now);

        var first = conversation.Append(new Activity { Type = ActivityTypes.Message, Text = "one" }, Now);
        var second = conversation.Append(new Activity { Type = ActivityTypes.Message, Text = "two" }, Now);

        Assert.Equal("abc|0000000", first.Id);
        Assert.Equal("abc|0000001", second.Id);
        Assert.Equal(Now, first.Timestamp);
        Assert.Equal(2, conversation.Watermark);
        Assert.Equal(["two"], Read(conversation, 1).Activities.Select(a => a.Text));
        Assert.Equal("2", Read(conversation, 1).Watermark);
    }

    [Fact]
    public void TheLogKeepsAtMostItsByteBudgetOfTheNewestActivities()
    {
        var conversation = new DirectLineConversation("abc", null, 100, Now, maxBytes: 64 * 1024);
        for (var i = 0; i < 100; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = i + new string('x', 10_000) }, Now);
        }

        var kept = Read(conversation, 0).Activities;
        Assert.InRange(kept.Sum(a => a.Text!.Length), 1, 64 * 1024);
        Assert.StartsWith("99", kept[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLogKeepsOnlyTheNewestActivitiesButWatermarksStayAbsolute()
    {
        var conversation = new DirectLineConversation("abc", null, 3, Now);
        for (var i = 0; i < 5; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = i.ToString() }, Now);
        }

        Assert.Equal(["2", "3", "4"], Read(conversation, 0).Activities.Select(a => a.Text));
        Assert.Equal(["4"], Read(conversation, 4).Activities.Select(a => a.Text));
        Assert.Empty(Read(conversation, 9).Activities);
        Assert.Equal("5", Read(conversation, 0).Watermark);
    }

    [Property(MaxTest = 200)]
    public bool ReadingFromAnyWatermarkReturnsExactlyTheKeptActivitiesFromThere(byte capacity, byte appended, byte watermark)
    {
        var keep = capacity % 20 + 1;
        var conversation = new DirectLineConversation("c", null, keep, Now);
        for (var i = 0; i < appended % 50; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = i.ToString() }, Now);
        }
        var total = appended % 50;
        var from = watermark % 60;
        var expected = Enumerable.Range(0, total).Where(i => i >= from && i >= total - keep).Select(i => i.ToString());
        var read = Read(conversation, from);
        return read.Activities.Select(a => a.Text).SequenceEqual(expected) && read.Watermark == total.ToString();
    }

    [Fact]
    public void ANewListenerFirstGetsWhatItMissedThenWhatComesAndTypingWithoutAWatermark()
    {
        var conversation = new DirectLineConversation("abc", null, 10, Now);
        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = "missed" }, Now);
        var listener = new StreamListener();

        conversation.Listen(listener, 0);
        conversation.Broadcast(new Activity { Type = ActivityTypes.Typing });
        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = "new" }, Now);

        var frames = Drain(listener);
        Assert.Equal(3, frames.Count);
        Assert.Equal("missed", frames[0].Activities[0].Text);
        Assert.Equal(ActivityTypes.Typing, frames[1].Activities[0].Type);
        Assert.Null(frames[1].Watermark);
        Assert.Equal("2", frames[2].Watermark);
    }

    [Fact]
    public void ASecondListenerReplacesTheFirst()
    {
        var conversation = new DirectLineConversation("abc", null, 10, Now);
        var first = new StreamListener();
        var second = new StreamListener();
        conversation.Listen(first, 0);

        conversation.Listen(second, 0)!.Replace();
        conversation.StopListening(first);
        conversation.Append(new Activity { Type = ActivityTypes.Message, Text = "hi" }, Now);

        Assert.True(first.Replaced);
        Assert.Empty(Drain(first));
        Assert.Single(Drain(second));
    }

    [Fact]
    public void AConversationStartsOnceAndKeepsTheUserItWasGivenFirst()
    {
        var conversation = new DirectLineConversation("abc", "dl_token-user", 10, Now);

        Assert.True(conversation.TryStart("someone-else"));
        Assert.False(conversation.TryStart("someone-else"));
        Assert.Equal("dl_token-user", conversation.UserId);
    }

    private static ActivitySet Read(DirectLineConversation conversation, long watermark) =>
        JsonSerializer.Deserialize<ActivitySet>(conversation.Read(watermark), ProtocolJson.Options)!;

    private static List<ActivitySet> Drain(StreamListener listener)
    {
        var frames = new List<ActivitySet>();
        while (listener.Frames.TryRead(out var frame))
        {
            frames.Add(JsonSerializer.Deserialize<ActivitySet>(frame, ProtocolJson.Options)!);
        }
        return frames;
    }
}
