using CroydonBot.Bot;
using CroydonBot.Replies;

namespace CroydonBot.Pipeline;

/// <summary>Greetings, thanks, "who are you" and help: short, friendly, saying what the bot can do.</summary>
public sealed class SmallTalkStep(SmallTalkMatcher matcher, ReplyFactory replies) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var intent = matcher.Match(turnContext.Activity.Text ?? "");
        if (intent is null || intent.Replies.Count == 0)
        {
            return false;
        }
        turnContext.Record.IsQuestion = true;
        turnContext.Record.Kind = ReplyKinds.SmallTalk;
        turnContext.Record.Topic = "smalltalk";
        var reply = intent.Replies[Random.Shared.Next(intent.Replies.Count)];
        var suggestions = intent.Name == "help" ? replies.Wording.Help.Suggestions : replies.Wording.Welcome.Suggestions;
        await turnContext.SendActivityAsync(replies.Message(reply, ReplyKinds.SmallTalk, suggestions), cancellationToken);
        return true;
    }
}
