using CroydonBot.Protocol;
using CroydonBot.Storage;

namespace CroydonBot.Bot;

/// <summary>
/// The turn context. Replies go to <see cref="IReplySink"/>: the connector for normal delivery, or a
/// buffer when the caller asked for expectReplies.
/// </summary>
public sealed class TurnContext(Activity activity, ConversationState state, IReplySink sink) : ITurnContext
{
    public Activity Activity { get; } = activity;
    public ConversationState State { get; } = state;
    public TurnRecord Record { get; } = new();
    public bool Responded { get; private set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.Conversation ??= Activity.Conversation;
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.ReplyToId ??= Activity.Id;
        reply.ChannelId ??= Activity.ChannelId;
        reply.Locale ??= Activity.Locale;
        if (reply.Type == ActivityTypes.Message)
        {
            Responded = true;
            // The safeguarding check's line goes with the first reply with text, once, whichever step answers: under it, or before it
            // when the step asked for it first (TurnRecord.SafetyLineFirst). The text is what Web Chat renders (markdown) and the
            // content what a card is laid out from, so both carry it in the same place.
            if (Record.SafetyLine is { } line && !string.IsNullOrEmpty(reply.Text))
            {
                if (Record.SafetyLineFirst)
                {
                    reply.Text = line + "\n\n" + reply.Text;
                    reply.Content = reply.Content?.WithHeader(line);
                }
                else
                {
                    reply.Text += "\n\n" + line;
                    reply.Content = reply.Content?.WithFooter(line);
                }
                Record.SafetyLine = null;
            }
            if (!string.IsNullOrWhiteSpace(reply.Text))
            {
                Record.Replies.Add(reply.Text);
            }
        }
        return await sink.SendAsync(Activity, reply, cancellationToken);
    }
}
