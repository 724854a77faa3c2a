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
        services.AddSingleton(sp => EnglishWords.Read(sp.GetRequiredService<IOptions<ContentOptions>>().Value.SeedsFullPath));
        services.AddSingleton(sp => WordSpread.Read(WordSpreadPath(sp)));
        services.AddSingleton(sp => AnswerGate.Read(SeedOr(sp, sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.AnswerGatePath, AnswerGate.File)));
        services.AddSingleton<QueryPlanner>();
        services.AddSingleton(sp => new Text.DisguisedSpelling(ReadableWords(sp)));
        services.AddSingleton<RerankerFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<RerankerFactory>().Create(sp.GetRequiredService<KnowledgeIndex>()));
        services.AddSingleton(sp => new Retriever(sp.GetRequiredService<KnowledgeIndex>(), sp.GetRequiredService<QueryPlanner>(),
            sp.GetRequiredService<RerankerFactory>().Enabled ? sp.GetRequiredService<Reranker>() : null));
        // Round AL (sent-al): the learned lead choice; without its table (a content folder of someone else's) the hand weights pick.
        // Round AM (lead-am): Knowledge:SentenceChoicePath names a table learned without some batches, to score those batches.
        services.AddSingleton(sp => (sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.SentenceChoicePath is { Length: > 0 } other
                ? ContentOptions.Resolve(other)
                : Path.Combine(sp.GetRequiredService<IOptions<ContentOptions>>().Value.SeedsFullPath, SentenceChoice.File)) is var path
            && File.Exists(path) ? SentenceChoice.Read(path) : new SentenceChoice(SentenceChoice.HandWeights()));
        services.AddSingleton<AnswerComposer>();
        services.AddSingleton<RecentAnswers>();
        // What the bot asks for at each question: the index above until staff teach it, then a rebuilt one.
        services.AddSingleton<Live.LiveKnowledge>();
        services.AddSingleton<Live.IKnowledgeSource>(sp => sp.GetRequiredService<Live.LiveKnowledge>());
        services.AddSingleton<Live.IKnowledgeRebuilder>(sp => sp.GetRequiredService<Live.LiveKnowledge>());
        services.AddSingleton<IPassageSearch, PassageSearch>();
        services.AddSingleton<IQuestionTerms>(sp => new QuestionTerms(sp.GetRequiredService<KnowledgeIndex>().Analyzer, sp.GetRequiredService<QuestionWords>().AllIgnored.ToList()));
        return services;
    }

    /// <summary>
    /// The words a disguised word may be read as: English words, the guides' words and the text speak the question path
    /// expands ("sum1", "b4"), which is left for it to read.
    /// </summary>
    private static HashSet<string> ReadableWords(IServiceProvider sp) =>
        new(sp.GetRequiredService<EnglishWords>().Words
            .Concat(sp.GetRequiredService<QueryPlanner>().Vocabulary)
            .Concat(sp.GetRequiredService<SynonymData>().TextSpeak.Keys.Select(k => k.ToLowerInvariant())), StringComparer.Ordinal);

    /// <summary>seeds/word-spread.tsv, or the table <see cref="KnowledgeOptions.WordSpreadPath"/> names (one trained leaving batches out).</summary>
    private static string WordSpreadPath(IServiceProvider sp) =>
        SeedOr(sp, sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.WordSpreadPath, WordSpread.File);

    /// <summary>The seeds/ file <paramref name="file"/>, or <paramref name="other"/> when set (a table trained leaving batches out).</summary>
    private static string SeedOr(IServiceProvider sp, string? other, string file) =>
        string.IsNullOrWhiteSpace(other)
            ? Path.Combine(sp.GetRequiredService<IOptions<ContentOptions>>().Value.SeedsFullPath, file)
            : ContentOptions.Resolve(other);
}
