using CroydonBot.Bot.Steps;
using CroydonBot.Channels;
using CroydonBot.Configuration;
using CroydonBot.Replies;
using CroydonBot.Safety;
using Microsoft.Extensions.Options;

namespace CroydonBot.Bot;

/// <summary>Registers the bot, its turn steps, its wording and the channel connector.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        // Bot Framework's Microsoft* keys live at the configuration root, as in BotBuilder-Samples.
        services.Configure<BotOptions>(configuration);
        services.Configure<ContactOptions>(configuration.GetSection(ContactOptions.Section));
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));

        services.AddSingleton(sp => YamlFile.Read<Wording>(DialogFile(sp, "wording.yaml")));
        services.AddSingleton(sp => new SmallTalkMatcher(YamlFile.Read<SmallTalkData>(DialogFile(sp, SmallTalkData.File))));
        services.AddSingleton(sp => new OutOfScopeMatcher(YamlFile.Read<OutOfScopeData>(DialogFile(sp, OutOfScopeData.File))));
        services.AddSingleton<ReplyFactory>();
        services.AddSingleton<IPersonalDataRedactor, PersonalDataRedactor>();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<ITurnStep, EmptyMessageStep>();
        services.AddSingleton<ITurnStep, FollowUpStep>();
        services.AddSingleton<ITurnStep, SmallTalkStep>();
        services.AddSingleton<ITurnStep, OutOfScopeStep>();
        services.AddSingleton<KnowledgeStep>();
        services.AddSingleton<ITurnStep>(sp => sp.GetRequiredService<KnowledgeStep>());
        services.AddSingleton<Dialogs.IMidDialogQuestions>(sp => sp.GetRequiredService<KnowledgeStep>());
        services.AddSingleton<IBot, CroydonAssistant>();
        services.AddSingleton<BotAdapter>();

        services.AddSingleton<IChannelAuthenticator, AnonymousChannelAuthenticator>();
        services.AddSingleton<IConnectorTokenProvider, AnonymousTokenProvider>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>(http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<IReplySinkFactory, ConnectorReplySinkFactory>();
        return services;
    }

    private static string DialogFile(IServiceProvider sp, string name) =>
        Path.Combine(sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFullPath, name);
}
