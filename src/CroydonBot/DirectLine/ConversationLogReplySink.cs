using CroydonBot.Bot;
using CroydonBot.Protocol;

namespace CroydonBot.DirectLine;

/// <summary>
/// Delivers the bot's replies into the Direct Line conversation log, where the client's WebSocket or poll
/// picks them up. Typing is only streamed, never stored: Direct Line sends typing over the WebSocket only.
/// </summary>
public sealed class ConversationLogReplySink(DirectLineConversation conversation, TimeProvider time) : IReplySink
{
    public Task<ResourceResponse> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken)
    {
        reply.ServiceUrl = null;
        if (reply.Type == ActivityTypes.Typing)
        {
            conversation.Broadcast(reply);
            return Task.FromResult(new ResourceResponse(null));
        }
        // PROTOCOL: plain is the default textFormat and A3011 says to omit it, but Web Chat reads a missing
        // textFormat as markdown, which runs the answer's "[1] Source: ..." lines into one paragraph.
        if (reply.Text is not null)
        {
            reply.TextFormat ??= "plain";
        }
        var stored = conversation.Append(reply, time.GetUtcNow());
        return Task.FromResult(new ResourceResponse(stored.Id));
    }
}
