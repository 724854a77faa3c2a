using System.Text.Json;
using CroydonBot.Protocol;
using Microsoft.AspNetCore.Http;

namespace CroydonBot.UnitTests.Protocol;

/// <summary>
/// The reply body is serialised into a buffer each thread reuses: it must be the bytes the protocol's serializer
/// gives, with their length, whatever the bodies written before it on the same thread (a larger one, one too large to keep).
/// </summary>
public sealed class ProtocolJsonResultTests
{
    [Theory]
    [InlineData(new[] { 1 })]
    [InlineData(new[] { 40, 1 })]
    [InlineData(new[] { 3_000, 2, 5 })]
    public async Task EachBodyIsTheSerializersBytesWhateverCameBefore(int[] repliesPerBody)
    {
        foreach (var count in repliesPerBody)
        {
            var replies = new ExpectedReplies([.. Enumerable.Range(0, count).Select(i => new Activity
            {
                Type = ActivityTypes.Message,
                Text = $"Care leavers get £2,000 – “reply {i}” <b>&</b>",
                SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Tell me more")] },
            })]);
            var context = new DefaultHttpContext();
            var body = new MemoryStream();
            context.Response.Body = body;

            await new ProtocolJsonResult<ExpectedReplies>(replies).ExecuteAsync(context);

            var expected = JsonSerializer.SerializeToUtf8Bytes(replies, ProtocolJson.Options);
            Assert.Equal(expected, body.ToArray());
            Assert.Equal(expected.Length, context.Response.ContentLength);
            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        }
    }
}
