using CroydonBot.Protocol;

namespace CroydonBot.Bot;

/// <summary>
/// Dispatches a turn by activity type, in the shape of Bot Builder's ActivityHandler, with only the
/// handlers CroydonBot needs. Unknown types are accepted and ignored (A2006).
/// </summary>
public abstract class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var added = activity.MembersAdded?
            .Where(m => m.Id is not null && !string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal))
            .ToList();
        return added is { Count: > 0 } ? OnMembersAddedAsync(added, turnContext, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Called with the members added to the conversation, the bot itself excluded.</summary>
    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
