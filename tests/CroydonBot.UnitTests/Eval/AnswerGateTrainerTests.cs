using CroydonBot.Configuration;
using CroydonBot.Eval;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Eval;

/// <summary>seeds/answer-gate.tsv is reproducible from the data, and the trainer learns what its examples show.</summary>
public sealed class AnswerGateTrainerTests
{
    [Fact]
    public void TheCommittedGateIsTheOneTheDataTrains()
    {
        var examples = AnswerGateTrainer.Examples(BotRetriever.Value, AnswerGateTrainer.TrainingFiles(RepositoryPaths.Combine("eval")),
            q => AnswerGateTrainer.Declined(RealContent.OutOfScope, q));
        var trained = AnswerGateTrainer.Fit(examples);
        var committed = AnswerGate.Read(Path.Combine(SeedPaths.Folder, AnswerGate.File)).Weights!;

        // A difference means a batch, the guides or the retriever changed without running train-answer-gate. A tolerance, not
        // "3 decimal places": rounding each side to 3 places failed on 2.98549986 against the committed 2.9855.
        Assert.Equal(trained.Length, committed.Count);
        for (var i = 0; i < trained.Length; i++)
        {
            Assert.Equal(trained[i], committed[i], tolerance: 0.001);
        }
    }

    [Fact]
    public void MoreCoverageMakesAnAnswerLikelierWhenTheDataSaysSo()
    {
        // Questions covered well were answered, questions covered badly were not; nothing else differs.
        var examples = Enumerable.Range(0, 40).Select(i => Example(coverage: i / 40.0, answer: i % 40 >= 20 ^ i % 7 == 0)).ToList();

        var weights = AnswerGateTrainer.Fit(examples);

        Assert.True(AnswerGate.Probability(weights, Example(0.9, true).Features) > 0.5);
        Assert.True(AnswerGate.Probability(weights, Example(0.1, true).Features) < 0.5);
    }

    [Fact]
    public void TheSameExamplesAlwaysGiveTheSameWeights()
    {
        var examples = Enumerable.Range(0, 30).Select(i => Example(i / 30.0, i % 3 != 0)).ToList();

        Assert.Equal(AnswerGateTrainer.Fit(examples), AnswerGateTrainer.Fit([.. examples]));
    }

    [Theory]
    [InlineData("quality-ao", "ao")]
    [InlineData("safeguarding-dev-a", "dev-a")]
    [InlineData("routing-b", "b")]
    public void ABatchIsNamedByWhatFollowsItsFilesKind(string file, string batch) =>
        Assert.Equal(batch, AnswerGateTrainer.BatchOf(file));

    private static AnswerGateTrainer.Example Example(double coverage, bool answer)
    {
        var features = new double[AnswerGateFeatures.Names.Count];
        features[0] = coverage;
        return new AnswerGateTrainer.Example("x", features, answer, "x");
    }

    /// <summary>The retriever as the bot wires it: the word-spread table and the fitted re-ranker with its neighbour questions.</summary>
    internal static readonly Lazy<Retriever> BotRetriever = new(() =>
    {
        var index = RealContent.Index;
        var questionWords = YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File));
        var english = EnglishWords.Read(SeedPaths.Folder);
        var planner = new QueryPlanner(index, YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)), questionWords,
            english, WordSpread.Read(Path.Combine(SeedPaths.Folder, WordSpread.File)));
        // The English word list too, as RerankerFactory passes it: without it the re-ranker's seed names differ from the bot's.
        return new Retriever(index, planner, new Reranker(index, questionWords, YamlFile.Read<RankingWeights>(Path.Combine(SeedPaths.Folder, RankingWeights.File)), english,
            NeighbourQuestions.Read(Path.Combine(SeedPaths.Folder, NeighbourQuestions.File))));
    });
}
