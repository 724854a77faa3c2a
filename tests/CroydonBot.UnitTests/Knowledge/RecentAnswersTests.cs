using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class RecentAnswersTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "wat am i entitled 2 when i leave care",
        "what did ofsted say about croydon in 2024",
        "how do i become a young ambassador",
        "what is the capital of peru",
    ];

    private readonly KnowledgeIndex _index = KnowledgeBaseBuilder.Build(SeedPaths.Folder, null);

    private static readonly AnswerRenderer Renderer = new(YamlFile.Read<Wording>(Path.Combine(SeedPaths.Dialogs, "wording.yaml")));

    /// <summary>Two renderings say the same words.</summary>
    private static readonly EqualityComparer<RenderedAnswer> Same =
        EqualityComparer<RenderedAnswer>.Create((a, b) => a!.Text == b!.Text, a => a.Text.GetHashCode(StringComparison.Ordinal));

    [Fact]
    public void ARememberedAnswerIsTheSameAsOneWorkedOutAfresh()
    {
        var remembering = Answers(2_000);
        var afresh = Answers(0);
        foreach (var question in Questions.Concat(Questions))
        {
            var (first, second) = (remembering.Retrieve(question), afresh.Retrieve(question));
            Assert.Equal(second.Hits.Select(h => (h.Number, h.Score)), first.Hits.Select(h => (h.Number, h.Score)));
            if (first.Best is not null)
            {
                Assert.Equal(Renderer.Render(new AnswerReply(afresh.Compose(second), [])), Renderer.Render(new AnswerReply(remembering.Compose(first), [])), Same);
            }
        }
    }

    [Fact]
    public void TheSameQuestionAgainGivesTheRememberedResult()
    {
        var answers = Answers(2_000);
        var first = answers.Retrieve(Questions[0]);
        Assert.Same(first, answers.Retrieve(Questions[0]));
        Assert.Same(answers.Compose(first), answers.Compose(first));
    }

    [Fact]
    public void WithRememberingOffEveryQuestionIsSearchedAgain()
    {
        var answers = Answers(0);
        Assert.NotSame(answers.Retrieve(Questions[1]), answers.Retrieve(Questions[1]));
    }

    [Fact]
    public void ALongQuestionIsAnsweredButNotRemembered()
    {
        var answers = Answers(2_000);
        var question = string.Join(' ', Enumerable.Repeat("leaving care grant", 60));

        answers.Retrieve(question);

        Assert.Equal(0, answers.Count);
    }

    [Fact]
    public void OnlyTheFirstWordsOfAWallOfTextAreSearched()
    {
        var answers = Answers(2_000, maxWords: 5);
        var question = Questions[1] + " " + string.Join(' ', Enumerable.Range(0, 2_000).Select(i => "qzx" + i));

        var result = answers.Retrieve(question);

        Assert.Equal(answers.Retrieve(string.Join(' ', Questions[1].Split(' ').Take(5))).Hits.Select(h => h.Number), result.Hits.Select(h => h.Number));
        Assert.Equal(1, answers.Count);
    }

    [Fact]
    public void APlanAloneIsThePlanTheSearchReadsTheQuestionBy()
    {
        var answers = Answers(0, maxWords: 5);
        // Past the first five words the question is not read: the plan alone must not read them either.
        var question = Questions[1] + " and the setting up home allowance";

        var plan = answers.Plan(question);

        var searched = answers.Retrieve(question).Plan;
        Assert.Equal(searched.Question, plan.Question);
        Assert.Equal(searched.Concepts.Select(c => c.Surface), plan.Concepts.Select(c => c.Surface));
        Assert.Equal(searched.Years, plan.Years);
        Assert.DoesNotContain(plan.Concepts, c => c.Surface.Contains("allowance", StringComparison.Ordinal));
    }

    [Fact]
    public void APlanOfARememberedQuestionIsTheRememberedResultsPlan()
    {
        var answers = Answers(2_000);
        var result = answers.Retrieve(Questions[2]);

        Assert.Same(result.Plan, answers.Plan(Questions[2]));
    }

    public void Dispose() => _index.Dispose();

    private RecentAnswers Answers(int capacity, int maxWords = 80)
    {
        var options = Options.Create(new KnowledgeOptions { RecentAnswers = capacity, MaxQuestionWords = maxWords });
        var planner = new QueryPlanner(_index,
            YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
            YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)));
        return new RecentAnswers(new Retriever(_index, planner), new AnswerComposer(options, _index), options);
    }
}
