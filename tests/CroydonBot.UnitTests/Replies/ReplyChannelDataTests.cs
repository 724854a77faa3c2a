using System.Text.Json;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Replies;

/// <summary>
/// The channelData every reply carries is written straight as JSON (round AR): it must be the very bytes the serializer wrote
/// for the same three fields with the protocol's options, so analytics, shapers and stored transcripts see no change.
/// </summary>
public sealed class ReplyChannelDataTests
{
    // The shape the serializer used to write, property for property.
    private sealed record ReplyMetadata(string Kind, double? Confidence, IReadOnlyList<string>? Sources);

    public static TheoryData<string, double?, string[]?> Replies => new()
    {
        { ReplyKinds.Answer, 0.8765432, ["guide-money.md#Leaving care grant", "ofsted-2024-p3"] },
        { ReplyKinds.Answer, 1.0, ["one"] },
        { ReplyKinds.Answer, 0.0005, [] },
        { ReplyKinds.Fallback, null, null },
        { ReplyKinds.SmallTalk, 0.1 + 0.2, null },
        { "kind with \"quotes\" & <tags>", -0.33333, ["café – £3,000 'quoted' \\ back\tslash", "\u2028 line", "emoji 😀"] },
        { ReplyKinds.Answer, 123456.78949, ["a"] },
        { ReplyKinds.Answer, 1e-12, ["b"] },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public void TheChannelDataIsTheBytesTheSerializerWroteForTheSameFields(string kind, double? confidence, string[]? sources)
    {
        var expected = JsonSerializer.SerializeToElement(
            new ReplyMetadata(kind, confidence is null ? null : Math.Round(confidence.Value, 3), sources is { Length: > 0 } ? sources : null),
            ProtocolJson.Options);

        var written = ReplyChannelData.Create(kind, confidence, sources);

        Assert.Equal(expected.GetRawText(), written.GetRawText());
    }

    [Fact]
    public void TheKindConfidenceAndSourcesReadBackFromAReply()
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelData = ReplyChannelData.Create(ReplyKinds.Answer, 0.91234, ["p1", "p2"]) };

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(activity));
        Assert.Equal(0.912, ReplyChannelData.ConfidenceOf(activity));
        Assert.Equal(new[] { "p1", "p2" }, ReplyChannelData.SourcesOf(activity));
    }
}
