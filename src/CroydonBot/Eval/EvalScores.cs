namespace CroydonBot.Eval;

/// <summary>
/// Scores for one group of cases (a category, or all of them). <see cref="HitRate"/> counts cases (a script
/// is right when all its turns are); <see cref="Turns"/> and <see cref="TurnsCorrect"/> count single turns.
/// </summary>
public sealed record EvalScores(
    int Cases,
    int Correct,
    double HitRate,
    double? AnswerHitRate,
    double? AbstentionAccuracy,
    int FalseAbstentions,
    double? SafeguardingRecall,
    int SafeguardingFalsePositives,
    int Turns,
    int TurnsCorrect)
{
    public static EvalScores Of(IReadOnlyList<EvalOutcome> outcomes)
    {
        static double? Rate(IReadOnlyList<EvalOutcome> subset) => subset.Count == 0 ? null : (double)subset.Count(o => o.Correct) / subset.Count;
        var answers = outcomes.Where(o => o.Case.Expect == "answer").ToList();
        var abstains = outcomes.Where(o => o.Case.Expect == "abstain").ToList();
        var crises = outcomes.Where(o => o.Case.Expect == "safeguarding").ToList();
        return new EvalScores(
            outcomes.Count,
            outcomes.Count(o => o.Correct),
            outcomes.Count == 0 ? 0 : (double)outcomes.Count(o => o.Correct) / outcomes.Count,
            Rate(answers),
            Rate(abstains),
            outcomes.Count(o => o.FalseAbstention),
            crises.Count == 0 ? null : (double)crises.Count(o => o.Kind == "safeguarding") / crises.Count,
            outcomes.Count(o => o.SafeguardingFalsePositive),
            outcomes.Sum(o => o.Turns.Count),
            outcomes.Sum(o => o.Turns.Count(t => t.Correct)));
    }
}
