using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.Bot;

/// <summary>
/// The bot. A message runs through the <see cref="ITurnStep"/>s in the order they were registered (the
/// order Pipeline/TurnPipeline.cs lists them); a member joining gets the welcome from dialogs/.
/// </summary>
public sealed class CroydonAssistant(IEnumerable<ITurnStep> steps, ReplyFactory replies) : ActivityHandler
{
    private readonly ITurnStep[] _steps = [.. steps];

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var step in _steps)
        {
            if (await step.TryHandleAsync(turnContext, cancellationToken))
            {
                break;
            }
        }
        foreach (var afterwards in turnContext.Record.Afterwards)
        {
            await turnContext.SendActivityAsync(afterwards, cancellationToken);
        }
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // One welcome per turn is enough even when a channel adds the user twice.
        await turnContext.SendActivityAsync(replies.Welcome(), cancellationToken);
    }
}
