using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>A question asking for the judgement leads with a sentence that gives one, not a press line that only names "this rating".</summary>
public sealed class RatingLeadTests
{
    private static readonly Lazy<Retriever> Ranked = new(() => RealContent.RankedRetriever(RealContent.Index));

    [Theory]
    [InlineData("what rating has croydon got from ofsted at the moment")]
    [InlineData("croydon ofsted rating currently?")]
    public void TheLeadGivesTheJudgement(string question)
    {
        var result = Ranked.Value.Retrieve(question);

        var answer = RealContent.Composer(RealContent.Index).Compose(result.Plan, result.Hits);

        Assert.True(QuestionKinds.Holds(QuestionKind.Rating, answer.Parts[0].Lead), answer.Parts[0].Lead);
    }

    [Theory]
    [InlineData("whats the ofsted rating for croydon", true)]
    [InlineData("how did croydon do in the inspection", true)]
    [InlineData("when is the next ofsted inspection", false)]
    public void ARatingIsAskedOnlyWhenTheJudgementIs(string question, bool asks) =>
        Assert.Equal(asks, QuestionKinds.AsksARating(question));
}
