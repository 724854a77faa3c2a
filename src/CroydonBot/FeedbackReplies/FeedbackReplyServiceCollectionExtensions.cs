using CroydonBot.Storage;

namespace CroydonBot.FeedbackReplies;

/// <summary>
/// Registers the store behind answering the young person. Its two steps run where Pipeline/TurnPipeline.cs puts
/// them; the live chats come from DirectLine and the sending from the staff area.
/// </summary>
public static class FeedbackReplyServiceCollectionExtensions
{
    public static IServiceCollection AddFeedbackReplies(this IServiceCollection services)
    {
        services.AddSingleton<SqlFeedbackReplyStore>();
        services.AddSingleton<IFeedbackReplyStore>(sp =>
        {
            var store = sp.GetRequiredService<SqlFeedbackReplyStore>();
            // Only on SQLite, whose file no other instance writes: with PostgreSQL another instance may add a reply.
            return sp.GetRequiredService<ISqlDatabase>() is SqliteDatabase ? new CachedFeedbackReplyStore(store) : store;
        });
        services.AddSingleton<IPublishedChanges, SqlPublishedChanges>();
        services.AddSingleton(sp => Configuration.YamlFile.Read<YouSaidWeDidData>(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.ContentOptions>>().Value.DialogsFile(YouSaidWeDidData.File)));
        services.AddSingleton(sp => new FeedbackReplyWording(Configuration.YamlFile.Read<FeedbackReplyWordingData>(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.ContentOptions>>().Value.DialogsFile(FeedbackReplyWordingData.File))));
        return services;
    }
}
