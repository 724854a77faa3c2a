namespace CroydonBot.Bot;

/// <summary>Records what a turn did (the question log) once the turn is over.</summary>
public interface IQuestionRecorder
{
    Task RecordAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
