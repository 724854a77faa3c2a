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
                Assert.Equal(afresh.Compose(second).Text, remembering.Compose(first).Text);
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

    public void Dispose() => _index.Dispose();

    private RecentAnswers Answers(int capacity)
    {
        var options = Options.Create(new KnowledgeOptions { RecentAnswers = capacity });
        var planner = new QueryPlanner(_index,
            YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
            YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)));
        var wording = YamlFile.Read<Wording>(Path.Combine(SeedPaths.Dialogs, "wording.yaml"));
        return new RecentAnswers(new Retriever(_index, planner), new AnswerComposer(wording.ForAnswers(), options, _index), options);
    }
}
