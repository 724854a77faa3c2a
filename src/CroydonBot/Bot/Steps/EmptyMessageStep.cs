using CroydonBot.Replies;

namespace CroydonBot.Bot.Steps;

/// <summary>A message with no words (empty, spaces, only symbols) gets a friendly nudge, not a search.</summary>
public sealed class EmptyMessageStep(ReplyFactory replies) : ITurnStep
{
    public int Order => 50;

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (turnContext.Activity.Value is not null || !string.IsNullOrWhiteSpace(text) && text.Any(char.IsLetterOrDigit))
        {
            return false;
        }
        turnContext.Record.Kind = ReplyKinds.SmallTalk;
        await turnContext.SendActivityAsync(replies.EmptyMessage(), cancellationToken);
        return true;
    }
}
