using CroydonBot.Storage;

namespace CroydonBot.IntegrationTests.Storage;

/// <summary>
/// Holds the database's writer busy with one write until opened, so the writes queued meanwhile are known
/// to wait, and on SQLite to run together as the next batch.
/// </summary>
public sealed class WriterGate
{
    private readonly TaskCompletionSource _open;
    private readonly Task<int> _holding;

    private WriterGate(TaskCompletionSource open, Task<int> holding) => (_open, _holding) = (open, holding);

    public static async Task<WriterGate> CloseAsync(ISqlDatabase database)
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = database.WriteAsync(async (_, _, _) =>
        {
            started.SetResult();
            await open.Task;
            return 0;
        }, CancellationToken.None);
        await started.Task;
        return new WriterGate(open, holding);
    }

    /// <summary>Lets the writer go on, and waits for the holding write to commit.</summary>
    public async Task OpenAsync()
    {
        _open.SetResult();
        await _holding;
    }
}
