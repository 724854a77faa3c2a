using CroydonBot.Eval;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Round AM (lead-am): the learned lead is trained on the REPLY each candidate lead makes (the composer's reply with that lead
/// forced), and replaces the hand rules' lead only when the table is surer of it by a margin.
/// </summary>
public sealed class ReplyLevelLeadTests
{
    private static EvalTurn Turn(string[][] any, params string[] not) =>
        new() { Question = "q", Expect = "answer", MustIncludeAny = [.. any.Select(a => a.ToList())], MustNotInclude = [.. not] };

    [Fact]
    public void AReplyPassesWhenItHoldsOneStringOfEveryExpectedGroup()
    {
        var turn = Turn([["£3,000", "3000"], ["personal adviser", "PA"]]);

        Assert.True(SentenceChoiceTrainer.Passes(turn, "You can get £3,000. Ask your Personal Adviser."));
        Assert.False(SentenceChoiceTrainer.Passes(turn, "You can get £3,000 to set up home."));
    }

    [Fact]
    public void AReplySayingAForbiddenStringFailsWhateverElseItHolds()
    {
        var turn = Turn([["inadequate"]], "is inadequate now");

        Assert.True(SentenceChoiceTrainer.Passes(turn, "In 2017 Ofsted rated Croydon inadequate."));
        Assert.False(SentenceChoiceTrainer.Passes(turn, "Croydon is inadequate now, wrongly."));
    }

    [Fact]
    public void AForcedLeadOpensTheReplyWithThatSentenceOfTheTopSection()
    {
        var index = RealContent.Index;
        var composer = new AnswerComposer(RealContent.KnowledgeOptions, index);
        var number = -1;
        for (var p = 0; p < index.Passages.Count && number < 0; p++)
        {
            var passage = index.Passages[p];
            if (!passage.IsHistorical && passage.Buttons.Count == 0 && composer.SentencesOf(passage).Count >= 4)
            {
                number = p;
            }
        }
        var section = index.Passages[number];
        var sentences = composer.SentencesOf(section);
        var plan = RealContent.Planner(index).Plan("what do i need to know about this");

        var reply = composer.Compose(plan, [new ScoredPassage(section, number, 1, 1)], leadOverride: 2);

        Assert.StartsWith(sentences[2], reply.Parts[0].Lead, StringComparison.Ordinal);
    }

    private static SentenceChoiceTrainer.Group Group(bool[] positive, int handIndex, params double[] firstFeature) =>
        new("x", "x-1#1", [.. firstFeature.Select(_ => new[] { 0 })], [.. firstFeature.Select(v => new[] { v })], positive, handIndex, positive[handIndex]);

    [Fact]
    public void TheLearnedLeadReplacesTheHandLeadOnlyWhenItScoresAboveItByMoreThanTheMargin()
    {
        // Weight 1 on the one feature: sentence 1 scores 0.8 above the hand lead (sentence 0), and only its reply passes.
        var weights = new double[SentenceChoice.Length];
        weights[0] = 1;
        var groups = new[] { Group([false, true], 0, 0.2, 1.0) };

        Assert.Equal((1, 0), SentenceChoiceTrainer.Correct(groups, weights, margin: 0));
        Assert.Equal((1, 0), SentenceChoiceTrainer.Correct(groups, weights, margin: 0.5));
        Assert.Equal((0, 0), SentenceChoiceTrainer.Correct(groups, weights, margin: 1));
    }

    [Fact]
    public void WithTheLearnedLeadOnTheMarginIsZeroUnlessSet() => Assert.Equal(0, new KnowledgeOptions().LearnedLeadMargin);
}
