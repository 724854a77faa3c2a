using System.Text.Json;
using CroydonBot.DirectLine;
using CroydonBot.Protocol;

namespace CroydonBot.UnitTests.DirectLine;

public class ActivitySetJsonTests
{
    private static readonly Activity[] Activities =
    [
        new() { Type = ActivityTypes.Message, Id = "c|0000000", Text = "hello \"there\" \u2019", From = new ChannelAccount { Id = "u" } },
        new() { Type = ActivityTypes.Message, Id = "c|0000001", Text = "answer", Entities = [new Entity { Type = "https://schema.org/Message" }] },
    ];

    [Fact]
    public void TheBodyIsWhatSerialisingTheActivitySetWouldGive()
    {
        var written = ActivitySetJson.Write(Activities.Select(ActivitySetJson.Serialize), "2");
        var expected = JsonSerializer.SerializeToUtf8Bytes(new ActivitySet(Activities, "2"), ProtocolJson.Options);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void ANullWatermarkIsLeftOutAsEveryNullIs()
    {
        var written = ActivitySetJson.Write([ActivitySetJson.Serialize(new Activity { Type = ActivityTypes.Typing })], null);
        using var document = JsonDocument.Parse(written);
        Assert.False(document.RootElement.TryGetProperty("watermark", out _));
        Assert.Equal(1, document.RootElement.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public void NoActivitiesIsAnEmptyArray()
    {
        var set = JsonSerializer.Deserialize<ActivitySet>(ActivitySetJson.Write([], "7"), ProtocolJson.Options)!;
        Assert.Empty(set.Activities);
        Assert.Equal("7", set.Watermark);
    }
}
