using CroydonBot.Configuration;
using Microsoft.Extensions.Options;

namespace CroydonBot.Knowledge.Live;

/// <summary>
/// Holds the current knowledge snapshot and replaces it when staff teach the bot. The first generation is the
/// app's own singletons (built at start-up, as before); later ones are built in memory beside it and swapped in
/// with one reference write, so questions already running finish on the snapshot they started with. A replaced
/// index is disposed after <see cref="RetireAfter"/>, far longer than any turn takes.
/// </summary>
/// <remarks>
/// The parts over an index are made with <see cref="ActivatorUtilities"/>, given the new index and taking every
/// other dependency from the container, so ranking code can change its constructors without this class knowing.
/// </remarks>
public sealed class LiveKnowledge(
    IServiceProvider services,
    IOptions<ContentOptions> content,
    ILogger<LiveKnowledge> logger) : IKnowledgeSource, IKnowledgeRebuilder, IDisposable
{
    public static readonly TimeSpan RetireAfter = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private readonly Lazy<KnowledgeSnapshot> _first = new(() =>
    {
        var index = services.GetRequiredService<KnowledgeIndex>();
        return new KnowledgeSnapshot(0, index, services.GetRequiredService<Retriever>(),
            services.GetRequiredService<AnswerComposer>(), services.GetRequiredService<RecentAnswers>(), new TaughtPhrasings(index, Phrasings(services)));
    });
    private KnowledgeSnapshot? _current;

    public KnowledgeSnapshot Current => Volatile.Read(ref _current) ?? _first.Value;

    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        // One rebuild at a time; each reads the phrasings afresh, so the last one to finish has every approval.
        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            var previous = Current;
            var next = await Task.Run(() => Build(previous.Generation + 1), cancellationToken);
            Volatile.Write(ref _current, next);
            logger.LogInformation("Knowledge index rebuilt: generation {Generation}, {Passages} passages", next.Generation, next.Index.Passages.Count);
            if (previous.Generation > 0)
            {
                _ = RetireAsync(previous.Index);
            }
            return next.Generation;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    public void Dispose()
    {
        if (Volatile.Read(ref _current) is { Generation: > 0 } current)
        {
            current.Index.Dispose();
        }
        _rebuilding.Dispose();
    }

    private KnowledgeSnapshot Build(int generation)
    {
        var phrasings = Phrasings(services);
        var passages = KnowledgeBaseBuilder.WithExtraQuestions(
            KnowledgeBaseBuilder.LoadPassages(content.Value.SeedsFullPath), [new LoadedQuestions(phrasings)]);
        var index = KnowledgeIndex.Build(passages, new TermAnalyzer());
        var planner = ActivatorUtilities.CreateInstance<QueryPlanner>(services, index);
        // The re-ranker is made over the new index too: the container's one describes the first index's passages.
        var retriever = new Retriever(index, planner, services.GetRequiredService<RerankerFactory>().For(index));
        var composer = ActivatorUtilities.CreateInstance<AnswerComposer>(services, index);
        var answers = ActivatorUtilities.CreateInstance<RecentAnswers>(services, retriever, composer);
        return new KnowledgeSnapshot(generation, index, retriever, composer, answers, new TaughtPhrasings(index, phrasings));
    }

    private static IReadOnlyList<(string PassageId, string Question)> Phrasings(IServiceProvider services) =>
        [.. services.GetServices<IPassageQuestionSource>().SelectMany(s => s.Load())];

    /// <summary>Phrasings read once per build, for both the index and <see cref="TaughtPhrasings"/>.</summary>
    private sealed class LoadedQuestions(IReadOnlyList<(string PassageId, string Question)> questions) : IPassageQuestionSource
    {
        public IReadOnlyList<(string PassageId, string Question)> Load() => questions;
    }

    private async Task RetireAsync(KnowledgeIndex index)
    {
        await Task.Delay(RetireAfter);
        index.Dispose();
    }
}
