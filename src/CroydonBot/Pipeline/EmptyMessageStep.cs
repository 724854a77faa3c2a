using CroydonBot.Bot;
using CroydonBot.Replies;

namespace CroydonBot.Pipeline;

/// <summary>
/// A message with no words (empty, spaces, only symbols) gets a friendly nudge, not a search. Card buttons the
/// bot knows have already been turned into words by the card-submit step before it, so a value the bot does
/// not know, with no words beside it, is empty too.
/// </summary>
public sealed class EmptyMessageStep(ReplyFactory replies) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (!string.IsNullOrWhiteSpace(text) && text.Any(char.IsLetterOrDigit))
        {
            return false;
        }
        turnContext.Record.Kind = ReplyKinds.SmallTalk;
        await turnContext.SendActivityAsync(replies.EmptyMessage(), cancellationToken);
        return true;
    }
}
