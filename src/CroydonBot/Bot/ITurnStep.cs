namespace CroydonBot.Bot;

/// <summary>
/// One step of the message pipeline. The steps run in the order Pipeline/TurnPipeline.cs lists them;
/// the first that handles the turn ends it.
/// </summary>
public interface ITurnStep
{
    /// <summary>Handles the turn and returns true, or returns false to let the next step try.</summary>
    Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
