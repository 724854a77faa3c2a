using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class PresentCheckTests
{
    private static readonly QueryPlanner Planner = new(RealContent.Index,
        YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
        YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)));

    // The words that ask whether a claim holds are its frame, not its topic: counted as ideas they outweighed the claim.
    [Theory]
    [InlineData("My aunt heard that Croydon's fostering was rated inadequate. Is that the case now?", "case")]
    [InlineData("i saw online that the council was failing kids, is it still true", "true")]
    [InlineData("I have read that croydon lost its children's services. Is that still how things are?", "read")]
    [InlineData("an old leaflet of my nan's says croydon failed its inspection, is that still the situation?", "situation")]
    public void TheFrameOfAClaimIsNotAnIdea(string question, string frameWord)
    {
        var plan = Planner.Plan(question);

        Assert.DoesNotContain(plan.Concepts, c => c.Surface.Split(' ').Contains(frameWord));
        Assert.True(plan.AsksAboutNow);
    }

    // Someone weighing an action ("thinking about closing ...") frames the action: the action is the topic, not "think".
    [Theory]
    [InlineData("are the council still thinking about closing the drop in", "thinking")]
    [InlineData("is ofsted considering of coming back to croydon", "considering")]
    [InlineData("were they planning on cutting the bursary", "planning")]
    public void WeighingAnActionIsNotAnIdea(string question, string frameWord)
    {
        Assert.DoesNotContain(Planner.Plan(question).Concepts, c => c.Surface.Split(' ').Contains(frameWord));
    }

    // "Is <person> the <role>?" asks who holds the role now, whatever the tense words.
    [Theory]
    [InlineData("is jane smith the head of fostering in croydon")]
    [InlineData("so is bob jones the croydons director for education")]
    [InlineData("isnt sam the lead inspector")]
    public void APersonInARoleAsksAboutNow(string question)
    {
        Assert.True(Planner.Plan(question).AsksAboutNow);
    }

    [Theory]
    [InlineData("is the director of children's services on the website")]
    [InlineData("what did ofsted read in the case files")]
    [InlineData("can i read my case notes")]
    public void OtherQuestionsAreNotPresentChecks(string question)
    {
        var plan = Planner.Plan(question);

        Assert.False(plan.AsksAboutNow);
    }

    [Fact]
    public void CaseFilesStayAnIdea()
    {
        Assert.Contains(Planner.Plan("can i read my case notes").Concepts, c => c.Surface.Split(' ').Contains("case"));
    }

    // A role-holder question is answered with the newest holder the seeds name, and the one asked about as dated history.
    [Theory]
    [InlineData("is alisa flemming still the cabinet member for kids in croydon", "Maria Gatland", "2018")]
    [InlineData("is robert henderson the director for croydon children's services", "Debbie Jones", "2018")]
    public void AnOldRoleHolderIsAnsweredWithTheNewestOneAndTheOldOneDated(string question, string newest, string oldYear)
    {
        var result = new Retriever(RealContent.Index, Planner).Retrieve(question);
        var answer = RealContent.Composer(RealContent.Index).Compose(result.Plan, result.Hits);
        var text = string.Join(' ', answer.Citations.Select(c => c.Abstract));

        Assert.Contains(newest, text);
        Assert.Contains(oldYear, text);
    }

    // A "still" question answered from a current passage says the passage's present position, even in other words
    // than the question's ("permanent" for "agency"); the same passage asked without "still" need not.
    [Theory]
    [InlineData("are most of croydons social workers still temps from agencies", "80%")]
    public void AStillQuestionIsAnsweredWithWhatHoldsNow(string question, string now)
    {
        var result = new Retriever(RealContent.Index, Planner).Retrieve(question);
        var answer = RealContent.Composer(RealContent.Index).Compose(result.Plan, result.Hits);

        var said = string.Join(' ', answer.Parts.Select(p => p.History?.CurrentFirst + " " + p.Body)) + " " + answer.SinceThen;

        Assert.Contains(now, said);
    }
}
