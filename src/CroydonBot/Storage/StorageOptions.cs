namespace CroydonBot.Storage;

/// <summary>Where the bot keeps its records.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite file, relative to the app's folder unless absolute.</summary>
    public string SqlitePath { get; set; } = "data/croydonbot.db";

    /// <summary>A PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The salt for hashing channel user ids. When empty, one is generated and kept in the database.</summary>
    public string? UserIdSalt { get; set; }
}
