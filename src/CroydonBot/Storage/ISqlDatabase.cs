using System.Data.Common;

namespace CroydonBot.Storage;

/// <summary>The bot's database: SQLite by default, PostgreSQL when configured. Same schema, same SQL where possible.</summary>
public interface ISqlDatabase
{
    /// <summary>"sqlite" or "postgres": picks the migration folder and the few statements that differ.</summary>
    string Dialect { get; }

    /// <summary>Opens a connection, ready to use.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
