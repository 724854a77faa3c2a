using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;
using CroydonBot.Replies;
using CroydonBot.Replies.OutOfScopeIntent;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>The real wording, data files and knowledge base the steps run on, read once for all step tests.</summary>
internal static class RealContent
{
    public static Wording Wording { get; } = YamlFile.Read<Wording>(Path.Combine(SeedPaths.Dialogs, "wording.yaml"));

    public static ReplyFactory Replies { get; } = new(Wording, Options.Create(new ContactOptions()));

    public static SmallTalkMatcher SmallTalk { get; } = new(YamlFile.Read<SmallTalkData>(Path.Combine(SeedPaths.Dialogs, SmallTalkData.File)));

    public static OutOfScopeMatcher OutOfScope { get; } = new(YamlFile.Read<OutOfScopeData>(Path.Combine(SeedPaths.Dialogs, OutOfScopeData.File)));

    /// <summary>The learned out-of-scope classifier, trained as the bot trains it at start-up.</summary>
    public static OutOfScopeClassifier OutOfScopeClassifier => Classifier.Value;

    private static readonly Lazy<OutOfScopeClassifier> Classifier = new(() => OutOfScopeClassifier.Train(
        OutOfScopeExamples.Read(Path.Combine(SeedPaths.Dialogs, OutOfScopeExamples.Folder), SeedPaths.Folder)));

    public static IOptions<KnowledgeOptions> KnowledgeOptions { get; } = Options.Create(new KnowledgeOptions());

    /// <summary>The index over the real seeds/, built once: it never changes while the bot runs either.</summary>
    public static KnowledgeIndex Index => Seeds.Value;

    /// <summary>The composer as the bot wires it, with the committed learned lead choice (round AL).</summary>
    public static AnswerComposer Composer(KnowledgeIndex index) => new(KnowledgeOptions, index, SentenceChoice.Read(Path.Combine(SeedPaths.Folder, SentenceChoice.File)));

    /// <summary>Retrieval and composition over an index, as the bot wires them.</summary>
    public static RecentAnswers Answers(KnowledgeIndex index) => new(Retriever(index), Composer(index), KnowledgeOptions);

    private static Retriever Retriever(KnowledgeIndex index) => new(index, Planner(index));

    /// <summary>Retrieval re-ranked with the committed ranking weights, as the bot runs it (and as the answer gate learned from).</summary>
    public static Retriever RankedRetriever(KnowledgeIndex index) => new(index, Planner(index), Ranker(index));

    /// <summary>The query planner over an index with the real synonyms and question words, as the bot wires it.</summary>
    public static QueryPlanner Planner(KnowledgeIndex index) => new(index,
        YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)), QuestionWords(), EnglishWords.Read(SeedPaths.Folder));

    /// <summary>The re-ranker over an index with the committed ranking weights, as the bot wires it.</summary>
    public static Reranker Ranker(KnowledgeIndex index) => new(index, QuestionWords(),
        YamlFile.Read<RankingWeights>(Path.Combine(SeedPaths.Folder, RankingWeights.File)), EnglishWords.Read(SeedPaths.Folder));

    private static QuestionWords QuestionWords() => YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, CroydonBot.Knowledge.QuestionWords.File));

    /// <summary>The knowledge step as the bot wires it: follow-ups read against the conversation.</summary>
    public static CroydonBot.Pipeline.KnowledgeStep KnowledgeStep(IKnowledgeSource knowledge) => new(knowledge,
        new CroydonBot.Conversation.ContextualRetrieval(
            new CroydonBot.Conversation.FollowUpReader(YamlFile.Read<CroydonBot.Conversation.FollowUpWords>(
                CroydonBot.UnitTests.Dialogs.DialogFiles.Path(CroydonBot.Conversation.FollowUpWords.File))),
            KnowledgeOptions, TimeProvider.System),
        Replies, KnowledgeOptions);

    /// <summary>The knowledge step over the real seeds, as the bot wires it.</summary>
    public static CroydonBot.Pipeline.KnowledgeStep SeedsKnowledgeStep() => KnowledgeStep(Knowledge(Index));

    /// <summary>One message through the step in the conversation <paramref name="state"/> keeps; the replies' text, a line each.</summary>
    public static async Task<string> AskAsync(CroydonBot.Pipeline.KnowledgeStep step, CroydonBot.Storage.ConversationState state, string text)
    {
        var (context, sink) = Turn.Of(text, state);
        await step.TryHandleAsync(context, CancellationToken.None);
        return string.Join("\n", sink.Replies.Select(r => r.Text));
    }

    public static IKnowledgeSource Knowledge(KnowledgeIndex index)
    {
        var (retriever, composer) = (Retriever(index), Composer(index));
        return new FixedKnowledge(new KnowledgeSnapshot(
            0, index, retriever, composer, new RecentAnswers(retriever, composer, KnowledgeOptions), new TaughtPhrasings(index, [])));
    }

    private static readonly Lazy<KnowledgeIndex> Seeds = new(() => KnowledgeBaseBuilder.Build(SeedPaths.Folder, null));
}
