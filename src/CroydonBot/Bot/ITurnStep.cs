namespace CroydonBot.Bot;

/// <summary>
/// One step of the message pipeline (safety first, then the active dialog, then knowledge, then small
/// talk and fallback). Steps run in <see cref="Order"/>; the first that handles the turn ends it.
/// </summary>
public interface ITurnStep
{
    /// <summary>Lower runs first. Safety 100, dialogs 200, intents 300, small talk 400, knowledge 500, fallback 900.</summary>
    int Order { get; }

    /// <summary>Handles the turn and returns true, or returns false to let the next step try.</summary>
    Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
