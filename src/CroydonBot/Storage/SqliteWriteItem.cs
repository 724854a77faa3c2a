using System.Data.Common;

namespace CroydonBot.Storage;

/// <summary>One caller's write waiting in <see cref="SqliteGroupCommit"/>'s queue, and how its caller learns the outcome.</summary>
internal abstract class SqliteWriteItem
{
    private const int Queued = 0, Started = 1, Cancelled = 2;
    private int _state;

    /// <summary>Claims the item for running; false when its caller gave up while it waited, so it never runs.</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

    /// <summary>Runs the caller's work inside the batch's transaction.</summary>
    public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

    /// <summary>The batch committed: hands the work's result to the caller.</summary>
    public abstract void Succeed();

    /// <summary>The work, or the whole batch, failed and was rolled back.</summary>
    public abstract void Fail(Exception exception);

    /// <summary>True when the caller's cancellation came before the loop claimed the item.</summary>
    protected bool TryCancelWhileQueued() => Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued;
}
