using System.Text.Json;
using CroydonBot.Bot;
using CroydonBot.Protocol;
using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>One message from a young person, with the replies a step sends collected as an expectReplies caller would get them.</summary>
internal static class Turn
{
    public static (TurnContext Context, BufferedReplySink Sink) Of(string? text, ConversationState? state = null, JsonElement? value = null)
    {
        var sink = new BufferedReplySink();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1",
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = "c1" },
            From = new ChannelAccount { Id = "u1" },
            Recipient = new ChannelAccount { Id = "b1" },
            Text = text,
            Value = value,
        };
        return (new TurnContext(activity, state ?? new ConversationState(), sink), sink);
    }
}
