namespace CroydonBot.QuestionLog.Search;

/// <summary>
/// Keeps the question log's search index up to date in the background (<see cref="QuestionSearchIndex"/>): at start-up
/// the rows a stop or crash left behind, then, a short moment after a question is logged, every row logged since, so a
/// busy minute is indexed in a few large batches rather than one row per turn; and the last rows when the app stops.
/// </summary>
public sealed class QuestionSearchIndexer(QuestionSearchIndex index, TimeProvider clock, ILogger<QuestionSearchIndexer> logger) : BackgroundService
{
    /// <summary>How long after a question the batch waits for more: staff search catches up itself, so this only sizes batches.</summary>
    public static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!index.Applies)
        {
            return;
        }
        await CatchUpAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await index.WaitForQuestionAsync(stoppingToken);
            await Task.Delay(BatchWindow, clock, stoppingToken);
            await CatchUpAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Indexed now rather than at the next start (nothing would be lost either way: the database says how far it got).
        await CatchUpAsync(cancellationToken);
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await index.CatchUpAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The rows stay unindexed until the next batch or search; the bot keeps answering.
            logger.LogError(ex, "Could not index the question log for search");
        }
    }
}
