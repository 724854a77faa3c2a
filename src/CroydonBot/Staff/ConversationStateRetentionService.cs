using Microsoft.Extensions.Options;

namespace CroydonBot.Staff;

/// <summary>Runs <see cref="ConversationStateRetention"/> every hour, so state lives at most an hour past its limit.</summary>
public sealed class ConversationStateRetentionService(
    ConversationStateRetention retention, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<ConversationStateRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                var deleted = await retention.RunAsync(clock.GetUtcNow(), stoppingToken);
                logger.LogInformation("Retention: deleted the state of {Conversations} conversations", deleted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Conversation state retention failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
