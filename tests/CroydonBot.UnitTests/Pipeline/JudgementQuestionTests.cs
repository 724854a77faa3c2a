using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;
using CroydonBot.Pipeline;
using CroydonBot.Replies;
using CroydonBot.UnitTests.Dialogs;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>
/// Questions that judge a service in everyday words ("a shambles", "still that bad", "does really well"): "good", "bad"
/// and "well" alone are ignored as shaping words, so without the phrases they asked about nothing and got the wrong
/// section or "I don't know".
/// </summary>
public sealed class JudgementQuestionTests
{
    private static readonly QueryPlanner Planner = new(RealContent.Index,
        YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
        YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)));

    private static readonly QuestionWords Words = YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File));

    /// <summary>The knowledge step ranked as the bot ranks (the fitted re-ranker of seeds/ranking.yaml).</summary>
    private static KnowledgeStep Step()
    {
        var index = RealContent.Index;
        var reranker = new Reranker(index, Words, YamlFile.Read<RankingWeights>(Path.Combine(SeedPaths.Folder, RankingWeights.File)));
        var retriever = new Retriever(index, Planner, reranker);
        var composer = RealContent.Composer(index);
        var knowledge = new FixedKnowledge(new KnowledgeSnapshot(
            0, index, retriever, composer, new RecentAnswers(retriever, composer, RealContent.KnowledgeOptions), new TaughtPhrasings(index, [])));
        return RealContent.KnowledgeStep(knowledge);
    }

    [Theory]
    [InlineData("my uncle reckons croydon social services were a shambles back then")]
    [InlineData("is the council still as bad as everyone makes out")]
    public void CallingAServiceBadAsksAboutAFailedInspection(string question)
    {
        Assert.Contains(Planner.Plan(question).Concepts, c => c.Alternatives.Any(a => a.Contains("inadequ")));
    }

    [Theory]
    [InlineData("did the inspectors think croydon does anything really well")]
    [InlineData("which parts is the council doing well at")]
    public void SayingWhatAServiceDoesWellAsksForItsStrengths(string question)
    {
        Assert.Contains(Planner.Plan(question).Concepts, c => c.Alternatives.Any(a => a.Contains("strength")));
    }

    [Fact]
    public async Task StillThatBadAfterALongStoryLeadsWithTheRatingNow()
    {
        var (context, sink) = Turn.Of("Years ago my carer told me Croydon was failing and my worker kept changing. I've moved flats loads since then. "
            + "Now I'm 19 and I'm nervous about asking them for anything. Is it still that bad?");

        Assert.True(await Step().TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(reply));
        Assert.StartsWith("Croydon's children's services are rated good", reply.Text, StringComparison.Ordinal);
    }
}
