using Microsoft.Extensions.Options;

namespace CroydonBot.Storage;

/// <summary>Registers the database (SQLite unless a PostgreSQL connection string is configured) and the stores on it.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<ISqlDatabase>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.PostgresConnectionString)
                ? new SqliteDatabase(options.SqlitePath)
                : new PostgresDatabase(options.PostgresConnectionString);
        });
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<IdentityHasher>();
        services.AddSingleton<SqlConversationStateStore>();
        services.AddSingleton<IConversationStateStore>(sp =>
        {
            var store = sp.GetRequiredService<SqlConversationStateStore>();
            // Cached only on SQLite, whose file no other instance writes; PostgreSQL is shared between instances.
            return sp.GetRequiredService<ISqlDatabase>() is SqliteDatabase
                ? new CachedConversationStateStore(store, new ConversationStateCache(ConversationStateCache.DefaultCapacity))
                : store;
        });
        services.AddSingleton<IFeedbackStore, SqlFeedbackStore>();
        return services;
    }
}
