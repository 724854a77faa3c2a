using CroydonBot.Eval;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Eval;

/// <summary>seeds/word-spread.tsv is reproducible from the data, and says what a word tells about the section asked.</summary>
public sealed class WordSpreadTrainerTests
{
    [Fact]
    public void TheCommittedTableIsTheOneTheDataTrains()
    {
        var index = RealContent.Index;
        var questions = WordSpreadTrainer.Questions(index, WordSpreadTrainer.TrainingFiles(RepositoryPaths.Combine("eval")), new HashSet<string>());
        var trained = WordSpreadTrainer.Train(questions, index.Analyzer.Terms).Where(s => s.Factor < 1).ToDictionary(s => s.Term, s => s.Factor);
        var committed = WordSpread.Read(Path.Combine(SeedPaths.Folder, WordSpread.File));

        // A difference means the guides' questions or a batch changed without running train-word-spread.
        Assert.Equal(trained.Count, committed.Count);
        foreach (var (term, factor) in trained)
        {
            Assert.Equal(factor, committed.Factor(term), tolerance: 0.001);
        }
    }

    // Twenty sections asked about equally, one of them the gym's.
    private static readonly string[] Sections = ["gym", .. Enumerable.Range(1, 19).Select(i => $"topic{i}")];

    // "honestly" and "mate" are said around questions on every section alike, "gym" only around the leisure one's.
    private static IReadOnlyList<WordSpreadTrainer.Labelled> Asked() =>
    [
        .. Sections.SelectMany(s => new[] { $"honestly what about the {s} thing", $"my mate asked about {s}", $"{s} question" })
            .Select((text, i) => new WordSpreadTrainer.Labelled(text, new HashSet<string>([Sections[i / 3]]))),
        .. new[] { "can i use the gym free", "is the gym in croydon open", "gym membership for care leavers", "cheap gym near me" }
            .Select(text => new WordSpreadTrainer.Labelled(text, new HashSet<string>(["gym"]))),
    ];

    private static IReadOnlyList<string> Words(string text) => text.Split(' ');

    [Theory]
    [InlineData("honestly")]
    [InlineData("mate")]
    public void AWordSaidAroundQuestionsOnEverySectionWeighsTheFloor(string word)
    {
        var spread = WordSpreadTrainer.Train(Asked(), Words).Single(s => s.Term == word);

        Assert.Equal(WordSpreadTrainer.Floor, spread.Factor);
    }

    [Fact]
    public void AWordAskedAboutOneSectionKeepsItsWholeRarity()
    {
        var spread = WordSpreadTrainer.Train(Asked(), Words).Single(s => s.Term == "gym");

        Assert.Equal(1, spread.Factor);
    }

    [Fact]
    public void AWordInTooFewQuestionsIsLeftOut()
    {
        // "open" is in one question only: too little to say it is spread.
        Assert.DoesNotContain(WordSpreadTrainer.Train(Asked(), Words), s => s.Term == "open");
    }

    [Fact]
    public void NumbersAreNeverWeighedDown()
    {
        // Ages are asked about on many sections, yet the answering sentence must hold them.
        var asked = Sections.Select(s => new WordSpreadTrainer.Labelled($"im 17 what about {s}", new HashSet<string>([s]))).ToList();

        Assert.DoesNotContain(WordSpreadTrainer.Train(asked, Words), s => s.Term == "17");
    }
}
