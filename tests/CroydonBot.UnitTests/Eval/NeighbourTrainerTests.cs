using CroydonBot.Configuration;
using CroydonBot.Eval;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Eval;

/// <summary>seeds/neighbours.tsv is what eval/'s labelled questions make, and a batch left out is not in it.</summary>
public sealed class NeighbourTrainerTests
{
    private static readonly Lazy<Reranker> Reranker = new(() => new Reranker(RealContent.Index,
        YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)), new RankingWeights()));

    [Fact]
    public void TheCommittedNeighboursAreTheOnesTheDataMakes()
    {
        var questions = NeighbourTrainer.Questions(RealContent.Index.Passages, Reranker.Value.TopicTerms,
            NeighbourTrainer.TrainingFiles(RepositoryPaths.Combine("eval")), new HashSet<string>());
        var made = NeighbourQuestionLines(NeighbourTrainer.Write(questions, "x"));
        var committed = NeighbourQuestionLines(File.ReadAllText(Path.Combine(SeedPaths.Folder, NeighbourQuestions.File)));

        // A difference means a batch or a guide changed without running train-neighbours.
        Assert.Equal(made, committed);
    }

    [Fact]
    public void ALeftOutBatchWritesNoneOfItsQuestions()
    {
        var file = WriteCases("quality-zz.jsonl",
            """{"id":"t1","question":"how much is the bursary for uni","expect":"answer","must_include_any":[["2,000"]]}""");
        var kept = NeighbourTrainer.Questions(RealContent.Index.Passages, Reranker.Value.TopicTerms, [file], new HashSet<string>());
        var left = NeighbourTrainer.Questions(RealContent.Index.Passages, Reranker.Value.TopicTerms, [file], new HashSet<string> { "zz" });

        Assert.Contains(kept, q => q.Batch == "zz" && q.Terms.Contains("bursari"));
        Assert.Empty(left);
    }

    [Fact]
    public void AQuestionWhoseFactsTooManyPassagesHoldIsNoNeighbour()
    {
        // "care" is in nearly every passage: such a question says nothing about which one answers.
        var file = WriteCases("quality-zy.jsonl",
            """{"id":"t2","question":"tell me about care","expect":"answer","must_include_any":[["care"]]}""",
            """{"id":"t3","question":"wot do i get for a bus pass","expect":"answer","must_include_any":[["half"]],"context":["hi"]}""");

        Assert.Empty(NeighbourTrainer.Questions(RealContent.Index.Passages, Reranker.Value.TopicTerms, [file], new HashSet<string>()));
    }

    [Fact]
    public void AScriptsFollowUpIsANeighbourReadWithTheTurnBefore()
    {
        // Round AL (conv-al): "how much is it" names nothing; beside the turn before it says which bursary.
        var file = WriteCases("multiturn-zx.jsonl",
            """{"id":"t4","turns":[{"question":"is there money for uni","expect":"answer","must_include_any":[["bursary"]]},{"question":"how much is it","expect":"answer","must_include_any":[["2,000"]]}]}""");

        var withFollowUps = NeighbourTrainer.Questions(RealContent.Index.Passages, Reranker.Value.TopicTerms, [file], new HashSet<string>(), followUps: true);
        var without = NeighbourTrainer.Questions(RealContent.Index.Passages, Reranker.Value.TopicTerms, [file], new HashSet<string>());
        var leftOut = NeighbourTrainer.Questions(RealContent.Index.Passages, Reranker.Value.TopicTerms, [file], new HashSet<string> { "zx" }, followUps: true);

        // Only the follow-up: a script's first turn is asked alone and stays out, as before; without --follow-ups, no script counts.
        var followUp = Assert.Single(withFollowUps);
        Assert.Equal("zx", followUp.Batch);
        Assert.Contains("uni", followUp.Terms);
        Assert.Empty(without);
        Assert.Empty(leftOut);
    }

    [Theory]
    [InlineData("so wat age does it stop", "can i get help with my rent as a care leaver", "can i get help with my rent as a care leaver")]
    [InlineData("and who do i ring", "when was that", "when was that did ofsted inspect croydon")]
    public void AFollowUpIsReadWithTheTurnsThatNameItsSubject(string followUp, string before, string expectedTail)
    {
        // A turn naming fewer than two topic words ("when was that") carries the subject of the one before it, no further.
        var turns = new List<EvalTurn>
        {
            new() { Question = "did ofsted inspect croydon" },
            new() { Question = before },
            new() { Question = followUp },
        };

        var said = NeighbourTrainer.FollowUpTerms(turns, 2, Reranker.Value.TopicTerms);

        Assert.Equal(followUp + " " + expectedTail, said);
    }

    [Fact]
    public void WrittenQuestionsReadBackWithTheirKeys()
    {
        var questions = new List<NeighbourQuestions.Labelled> { new("ab", ["bursari", "uni"], ["guide.md#University bursary: £2,000"]) };
        var path = Path.Combine(Path.GetTempPath(), $"neighbours-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, NeighbourTrainer.Write(questions, "test"));

        // "fee" is no neighbour's word: asked with "uni" alone the question would be broader than its one neighbour, which
        // then does not vote (round AK, NeighbourQuestions.NarrowerThanTheQuestion).
        var shares = NeighbourQuestions.Read(path).Shares(["fee", "uni"]);

        // One neighbour of ten, sharing one of its two words: a share, but a small one.
        Assert.InRange(shares["guide.md#University bursary: £2,000"], 0.01, 0.1);
        File.Delete(path);
    }

    private static string[] NeighbourQuestionLines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    private static string WriteCases(string name, params string[] lines)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"neighbour-cases-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
