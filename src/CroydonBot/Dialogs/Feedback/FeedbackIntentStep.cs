using CroydonBot.Bot;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Starts the feedback conversation on "feedback", the "Give feedback" button, Teams' "feedback" command,
/// or a message that already holds feedback. Runs after the active dialog and before the answer
/// buttons, small talk and knowledge (Pipeline/TurnPipeline.cs).
/// </summary>
public sealed class FeedbackIntentStep(DialogSet dialogs, FeedbackTriggers triggers) : ITurnStep
{
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.State.DialogStack.Count > 0 || triggers.Match(turnContext.Activity.Text) is not { } trigger)
        {
            return false;
        }
        var dc = dialogs.CreateContext(turnContext);
        await dc.BeginDialogAsync(FeedbackDialog.DialogId, new FeedbackStart(trigger.Message, trigger.IsAmbassador), cancellationToken);
        return true;
    }
}
