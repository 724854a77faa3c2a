using CroydonBot.Configuration;
using Microsoft.Extensions.Options;

namespace CroydonBot.Replies;

/// <summary>Registers the bot's wording from dialogs/ and what builds replies from it.</summary>
public static class RepliesServiceCollectionExtensions
{
    public static IServiceCollection AddReplies(this IServiceCollection services)
    {
        services.AddOptions<ContactOptions>().BindConfiguration(ContactOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => YamlFile.Read<Wording>(DialogFile(sp, "wording.yaml")));
        services.AddSingleton(sp => new SmallTalkMatcher(YamlFile.Read<SmallTalkData>(DialogFile(sp, SmallTalkData.File))));
        services.AddSingleton(sp => new OutsideSubjectMatcher(YamlFile.Read<OutOfScopeData>(DialogFile(sp, OutOfScopeData.File))));
        services.AddSingleton(sp => new OutOfScopeMatcher(YamlFile.Read<OutOfScopeData>(DialogFile(sp, OutOfScopeData.File)), sp.GetService<ILogger<OutOfScopeMatcher>>()));
        // Trained at start-up from the examples in dialogs/ and the guides' questions: milliseconds, and never stale.
        services.AddSingleton(sp =>
        {
            var content = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return OutOfScopeIntent.OutOfScopeClassifier.Train(OutOfScopeIntent.OutOfScopeExamples.Read(content.DialogsFile(OutOfScopeIntent.OutOfScopeExamples.Folder), content.SeedsFullPath));
        });
        services.AddSingleton<ReplyFactory>();
        return services;
    }

    private static string DialogFile(IServiceProvider sp, string name) =>
        sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFile(name);
}
