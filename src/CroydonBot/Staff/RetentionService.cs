using Microsoft.Extensions.Options;

namespace CroydonBot.Staff;

/// <summary>Runs the retention job a minute after start-up (once the app is serving) and then once a day.</summary>
public sealed class RetentionService(RetentionJob job, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                var (questions, feedback) = await job.RunAsync(clock.GetUtcNow(), stoppingToken);
                logger.LogInformation("Retention: deleted {Questions} questions and {Feedback} closed feedback items", questions, feedback);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed run is retried tomorrow; the app keeps serving.
                logger.LogError(ex, "Retention job failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
