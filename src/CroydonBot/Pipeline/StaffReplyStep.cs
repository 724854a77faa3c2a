using CroydonBot.Bot;
using CroydonBot.Replies;

namespace CroydonBot.Pipeline;

/// <summary>
/// Answers a question staff have written a reviewed reply for ("no answer here, say X"), after safeguarding and small
/// talk, and before the out-of-scope readings and the knowledge base: a manager approved it for exactly this question.
/// </summary>
public sealed class StaffReplyStep(StaffReplyBook book, ReplyFactory replies) : ITurnStep
{
    public const string Topic = "staff-reply";

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await book.MatchAsync(turnContext.Activity.Text ?? "", cancellationToken) is not { } reply)
        {
            return false;
        }
        turnContext.Record.IsQuestion = true;
        turnContext.Record.Kind = ReplyKinds.Answer;
        turnContext.Record.Topic = Topic;
        await turnContext.SendActivityAsync(replies.Message(reply, ReplyKinds.Answer, replies.Wording.Fallback.Suggestions), cancellationToken);
        return true;
    }
}
