using CroydonBot.Bot;
using CroydonBot.Replies;

namespace CroydonBot.Safety;

/// <summary>
/// The first step of every message, before an active dialog or the knowledge base: a message showing
/// signs of risk gets the helplines at once and the conversation is flagged for staff.
/// </summary>
public sealed class SafeguardingStep(ISafeguardingDetector detector, SafeguardingData data, ReplyFactory replies, ILogger<SafeguardingStep> logger) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text) || detector.Detect(text) is not { } match)
        {
            return false;
        }
        // The category only: the words a young person wrote never go into the logs.
        logger.LogInformation("Safeguarding signposting given ({Category})", match.Category);
        var record = turnContext.Record;
        record.Kind = ReplyKinds.Safeguarding;
        record.SafeguardingFlag = true;
        record.IsQuestion = true;
        record.Topic = "safeguarding";
        turnContext.State.SafeguardingFlagged = true;
        await turnContext.SendActivityAsync(replies.Message(data.Reply.Text, ReplyKinds.Safeguarding, data.Reply.Suggestions), cancellationToken);
        return true;
    }
}
