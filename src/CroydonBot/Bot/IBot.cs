namespace CroydonBot.Bot;

/// <summary>A bot: handles one turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
