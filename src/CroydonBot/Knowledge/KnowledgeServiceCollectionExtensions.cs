using CroydonBot.Configuration;
using Microsoft.Extensions.Options;

namespace CroydonBot.Knowledge;

/// <summary>Registers the knowledge base: one index and one searcher manager for the whole app.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section).ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var content = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            var index = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.IndexPath;
            return KnowledgeBaseBuilder.Build(content.SeedsFullPath, string.IsNullOrWhiteSpace(index) ? null : ContentOptions.Resolve(index),
                sp.GetServices<IPassageQuestionSource>());
        });
        services.AddSingleton(sp => YamlFile.Read<SynonymData>(Path.Combine(sp.GetRequiredService<IOptions<ContentOptions>>().Value.SeedsFullPath, SynonymData.File)));
        services.AddSingleton(sp => YamlFile.Read<QuestionWords>(Path.Combine(sp.GetRequiredService<IOptions<ContentOptions>>().Value.SeedsFullPath, QuestionWords.File)));
        services.AddSingleton<QueryPlanner>();
        services.AddSingleton<Retriever>();
        services.AddSingleton<AnswerComposer>();
        services.AddSingleton<RecentAnswers>();
        services.AddSingleton<IPassageSearch, PassageSearch>();
        services.AddSingleton<IQuestionTerms>(sp => new QuestionTerms(sp.GetRequiredService<KnowledgeIndex>().Analyzer, sp.GetRequiredService<QuestionWords>().Ignore));
        return services;
    }
}
