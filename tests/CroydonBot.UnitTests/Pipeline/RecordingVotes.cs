using CroydonBot.Bot;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>Keeps the votes a step records, in place of the question log.</summary>
internal sealed class RecordingVotes : IAnswerVotes
{
    public List<(long QuestionLogId, bool Helpful)> Votes { get; } = [];

    public Task RecordVoteAsync(long questionLogId, bool helpful, CancellationToken cancellationToken)
    {
        Votes.Add((questionLogId, helpful));
        return Task.CompletedTask;
    }
}
