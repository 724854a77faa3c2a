using Microsoft.Data.Sqlite;

namespace CroydonBot.Storage;

/// <summary>
/// The group commit's savepoint statements, prepared once on the writer's connection and reused: three extra
/// statements per write would otherwise each be parsed again, costing more than the write they protect.
/// </summary>
internal sealed class SqliteSavepoints : IDisposable
{
    private readonly SqliteCommand _save;
    private readonly SqliteCommand _release;
    private readonly SqliteCommand _rollBack;

    public SqliteSavepoints(SqliteConnection connection)
    {
        _save = Command(connection, "SAVEPOINT item");
        _release = Command(connection, "RELEASE item");
        _rollBack = Command(connection, "ROLLBACK TO item");
    }

    /// <summary>Points the statements at this batch's transaction, as Microsoft.Data.Sqlite requires.</summary>
    public SqliteSavepoints For(SqliteTransaction transaction)
    {
        _save.Transaction = _release.Transaction = _rollBack.Transaction = transaction;
        return this;
    }

    public void Save() => _save.ExecuteNonQuery();

    public void Release() => _release.ExecuteNonQuery();

    /// <summary>Undoes everything since <see cref="Save"/>; the savepoint stays until released.</summary>
    public void RollBack() => _rollBack.ExecuteNonQuery();

    public void Dispose()
    {
        _save.Dispose();
        _release.Dispose();
        _rollBack.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
