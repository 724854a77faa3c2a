namespace CroydonBot.Eval;

/// <summary>
/// How one system (the bot or the baseline) did on one case: a script is resolved right only when every
/// one of its turns is.
/// </summary>
public sealed record EvalOutcome(EvalCase Case, IReadOnlyList<EvalTurnOutcome> Turns)
{
    public bool Correct => Turns.All(t => t.Correct);

    /// <summary>The first turn that went wrong, or the last turn when all went right.</summary>
    public EvalTurnOutcome Deciding => Turns.FirstOrDefault(t => !t.Correct) ?? Turns[^1];

    public string Kind => Deciding.Kind;
    public string Text => Deciding.Text;

    public bool FalseAbstention => !Case.IsScript && Case.Expect == "answer" && Kind == "fallback";
    public bool SafeguardingFalsePositive => Turns.Any(t => t.Turn.Expect != "safeguarding" && t.Kind == "safeguarding");
}
