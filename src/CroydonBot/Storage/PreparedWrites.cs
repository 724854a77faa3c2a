using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace CroydonBot.Storage;

/// <summary>
/// The writes every turn makes (the question log row, the conversation state) as commands prepared once per SQLite
/// connection and run again with new values. Microsoft.Data.Sqlite prepares a command's SQL afresh for every new
/// command, and the question log's insert compiled its full-text trigger with it (before migration 8): about a tenth of a turn's CPU.
/// Only for SQLite's one writer connection (<see cref="SqliteGroupCommit"/>); callers use Dapper on anything else.
/// </summary>
public static class PreparedWrites
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, SqliteCommand>> Commands = new();

    /// <summary>True when <paramref name="connection"/> keeps prepared commands: a SQLite connection.</summary>
    public static bool Applies(DbConnection connection) => connection is SqliteConnection;

    /// <summary>Runs <paramref name="sql"/> with <paramref name="values"/> (null is SQL NULL) and returns the first column of the first row.</summary>
    public static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] values) =>
        Run(connection, transaction, sql, values, command => command.ExecuteScalar());

    /// <summary>Runs <paramref name="sql"/> with <paramref name="values"/> and returns the rows it changed.</summary>
    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] values) =>
        Run(connection, transaction, sql, values, command => command.ExecuteNonQuery());

    private static T Run<T>(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] values, Func<SqliteCommand, T> run)
    {
        var sqlite = (SqliteConnection)connection;
        var commands = Commands.GetOrCreateValue(connection);
        SqliteCommand? command;
        lock (commands)
        {
            if (!commands.Remove(sql, out command))
            {
                command = sqlite.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, _) in values)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }
            }
        }
        try
        {
            command.Transaction = (SqliteTransaction?)transaction;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
            }
            var result = run(command);
            lock (commands)
            {
                // Kept for the next write of the same SQL; a command that failed is disposed instead (below).
                if (!commands.TryAdd(sql, command))
                {
                    command.Dispose();
                }
            }
            return result;
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }
}
