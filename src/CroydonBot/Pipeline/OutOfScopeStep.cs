using CroydonBot.Bot;
using CroydonBot.Replies;

namespace CroydonBot.Pipeline;

/// <summary>
/// Says plainly what the bot cannot do (someone's records, other councils, bookings, homework...) and who
/// can, instead of letting the knowledge base find a loosely related passage.
/// </summary>
public sealed class OutOfScopeStep(OutOfScopeMatcher matcher, ReplyFactory replies) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var topic = matcher.Match(turnContext.Activity.Text ?? "");
        if (topic is null)
        {
            return false;
        }
        turnContext.Record.IsQuestion = true;
        turnContext.Record.Kind = ReplyKinds.Fallback;
        turnContext.Record.Topic = "out-of-scope:" + topic.Name;
        await turnContext.SendActivityAsync(replies.Message(topic.Reply, ReplyKinds.Fallback, replies.Wording.Fallback.Suggestions), cancellationToken);
        return true;
    }
}
