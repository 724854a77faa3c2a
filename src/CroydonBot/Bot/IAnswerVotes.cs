namespace CroydonBot.Bot;

/// <summary>Thumbs up or down on an answer, recorded against the logged question it answered.</summary>
public interface IAnswerVotes
{
    Task RecordVoteAsync(long questionLogId, bool helpful, CancellationToken cancellationToken);
}
