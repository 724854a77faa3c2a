using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Eval;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>When the learned gate decides, and when the coverage threshold still does.</summary>
public sealed class AnswerGateTests
{
    private static readonly AnswerGate Committed = AnswerGate.Read(Path.Combine(SeedPaths.Folder, AnswerGate.File));

    private static RetrievalResult Read(string question) => AnswerGateTrainerTests.BotRetriever.Value.Retrieve(question);

    // A gate that answers everything: whether it was asked at all shows.
    private static readonly AnswerGate Always = new([.. AnswerGateFeatures.Names.Select(_ => 0.0), 50.0]);

    [Theory]
    // An everyday word no guide uses ("meantime", "meanwhile") counted as an unknown subject, so the threshold rule said
    // "I don't know" to a question the PA section answers.
    [InlineData("my PA is on holiday for a month, who do i speak to in the meantime")]
    public void AQuestionTheGuidesAnswerDespiteAnUnseenEverydayWordIsAnswered(string question)
    {
        var result = Read(question);

        Assert.False(result.Answers(0.5));
        Assert.True(Committed.Answers(result, 0.5));
    }

    [Theory]
    [InlineData("how do i apply for PIP")]
    [InlineData("whats the best recipe for jollof rice")]
    public void AQuestionAboutSomethingNoGuideNamesStillGetsIDontKnow(string question) =>
        Assert.False(Committed.Answers(Read(question), 0.5));

    [Fact]
    public void APassageWithoutTheKindOfFactAskedIsNeverAnAnswerHoweverWellCovered()
    {
        var result = Read("how much do ambassadors get paid an hour");

        Assert.True(AskedFact.IsMissing(result));
        Assert.False(Always.Answers(result, 0.5));
    }

    [Fact]
    public void WithoutWeightsTheThresholdRuleDecides()
    {
        var result = Read("how much is the setting up home allowance");

        Assert.Equal(result.Answers(0.5), AnswerGate.None.Answers(result, 0.5));
        Assert.Equal(result.Answers(0.99), AnswerGate.None.Answers(result, 0.99));
    }

    [Fact]
    public void AFollowUpReadAgainstTheConversationKeepsTheThresholdRule()
    {
        var result = Read("and is it more now") with { Focus = Read("is it more now").Plan };

        Assert.Equal(result.Answers(2), Always.Answers(result, 2));
    }

    [Fact]
    public void AQuestionThatFindsNothingIsNeverAnswered()
    {
        var nothing = new RetrievalResult(new QueryPlan("zzz", [], [], false, false), []);

        Assert.False(Always.Answers(nothing, 0.5));
    }

    [Fact]
    public void AWeightsFileWithAFeatureMissingIsRefused()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "coverage\t1\nbias\t0\n");
        try
        {
            Assert.Throws<InvalidDataException>(() => AnswerGate.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
