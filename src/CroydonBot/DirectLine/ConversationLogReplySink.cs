using CroydonBot.Bot;
using CroydonBot.Protocol;
using CroydonBot.Replies;

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
        // PROTOCOL: Web Chat renders markdown (a missing textFormat reads as markdown too), so the text is
        // made markdown explicitly: line breaks kept, phone numbers as tel: links, addresses as links.
        if (reply.Text is not null && reply.TextFormat is null or MarkdownText.Format)
        {
            reply.Text = MarkdownText.From(reply.Text);
            reply.TextFormat = MarkdownText.Format;
        }
        var stored = conversation.Append(reply, time.GetUtcNow());
        return Task.FromResult(new ResourceResponse(stored.Id));
    }
}
