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
        var stored = conversation.Append(reply, time.GetUtcNow());
        return Task.FromResult(new ResourceResponse(stored.Id));
    }
}
