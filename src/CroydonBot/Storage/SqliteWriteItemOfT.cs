using System.Data.Common;

namespace CroydonBot.Storage;

/// <summary>A queued write whose work returns a <typeparamref name="T"/>.</summary>
internal sealed class SqliteWriteItem<T> : SqliteWriteItem
{
    private readonly Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> _work;
    private readonly CancellationToken _cancellationToken;
    // Continuations run on the thread pool, never inline on the writer loop, which would stall every other write.
    private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _registration;
    private T? _result;

    public SqliteWriteItem(Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        _work = work;
        _cancellationToken = cancellationToken;
        _registration = cancellationToken.UnsafeRegister(static item => ((SqliteWriteItem<T>)item!).CancelWhileQueued(), this);
    }

    public Task<T> Task => _outcome.Task;

    public override async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
        _result = await _work(connection, transaction, _cancellationToken);

    public override void Succeed()
    {
        _registration.Dispose();
        _outcome.TrySetResult(_result!);
    }

    public override void Fail(Exception exception)
    {
        _registration.Dispose();
        if (exception is OperationCanceledException && _cancellationToken.IsCancellationRequested)
        {
            _outcome.TrySetCanceled(_cancellationToken);
        }
        else
        {
            _outcome.TrySetException(exception);
        }
    }

    private void CancelWhileQueued()
    {
        if (TryCancelWhileQueued())
        {
            _outcome.TrySetCanceled(_cancellationToken);
        }
    }
}
