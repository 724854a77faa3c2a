using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.QuestionLog.Search;

/// <summary>
/// Brings SQLite's full-text index of the question log (questions_fts) up to the newest question, in batches and off
/// the turn: a turn's commit writes only its row, and <see cref="QuestionSearchIndexer"/> indexes the rows logged
/// since the last batch together (the FTS5 trigger inside every turn's commit was about a tenth of a turn's CPU).
/// How far the index goes is one number in the database (questions_fts_indexed.up_to, migration 0008), moved in the
/// same transaction as the rows it covers, so each row is indexed exactly once however often and from wherever this
/// runs, and rows left behind by a stop or a crash are indexed at the next start. Search catches up first
/// (<see cref="SqlQuestionLog"/>), so staff still find a question as soon as it is logged.
/// PostgreSQL indexes each row as it is written (a generated column): there this does nothing.
/// </summary>
public sealed class QuestionSearchIndex(ISqlDatabase database)
{
    /// <summary>Rows indexed in one write: bounds how long one batch holds the writer (and the turns queued behind it).</summary>
    public const int MaxBatch = 256;

    // Released once when the first question since the last wait is logged; _pending keeps it from being released twice.
    private readonly SemaphoreSlim _added = new(0, 1);
    private int _pending;

    /// <summary>True where the index is kept in batches (SQLite).</summary>
    public bool Applies => database.Dialect == "sqlite";

    /// <summary>Tells the indexer a question was logged: its next batch takes it.</summary>
    public void QuestionAdded()
    {
        if (Applies && Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _added.Release();
        }
    }

    /// <summary>Completes once a question has been logged since the last call returned.</summary>
    public async Task WaitForQuestionAsync(CancellationToken cancellationToken)
    {
        await _added.WaitAsync(cancellationToken);
        // Cleared before the batch reads the rows, so a question logged while it runs asks for the next one.
        Volatile.Write(ref _pending, 0);
    }

    /// <summary>Indexes every question logged and not yet indexed, oldest first, and returns how many.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!Applies)
        {
            return 0;
        }
        var total = 0;
        while (true)
        {
            var indexed = await database.WriteAllOrNothingAsync(IndexNextBatchAsync, cancellationToken);
            total += indexed;
            if (indexed < MaxBatch)
            {
                return total;
            }
        }
    }

    private static async Task<int> IndexNextBatchAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Read inside the write, so two catch-ups (the indexer's and a search's) never index the same row.
        var upTo = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition("SELECT up_to FROM questions_fts_indexed WHERE id = 1", transaction: transaction, cancellationToken: cancellationToken));
        var (count, last) = await connection.QuerySingleAsync<(long Count, long? Last)>(new CommandDefinition(
            "SELECT COUNT(*), MAX(id) FROM (SELECT id FROM questions WHERE id > @upTo ORDER BY id LIMIT @max)",
            new { upTo, max = MaxBatch }, transaction, cancellationToken: cancellationToken));
        if (count == 0 || last is null)
        {
            return 0;
        }
        var range = new { upTo, last };
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO questions_fts (rowid, question, answer) SELECT id, question, answer FROM questions WHERE id > @upTo AND id <= @last ORDER BY id",
            range, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE questions_fts_indexed SET up_to = @last WHERE id = 1", range, transaction, cancellationToken: cancellationToken));
        return (int)count;
    }
}
