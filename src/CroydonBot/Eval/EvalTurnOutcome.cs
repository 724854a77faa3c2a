namespace CroydonBot.Eval;

/// <summary>How one system did on one turn.</summary>
public sealed record EvalTurnOutcome(EvalTurn Turn, string Kind, string Text, bool ContentOk)
{
    /// <summary>Right kind of reply and, where it matters, the right content.</summary>
    public bool Correct => Turn.Expect switch
    {
        "answer" => Kind == "answer" && ContentOk,
        "abstain" => Kind == "fallback",
        "safeguarding" => Kind == "safeguarding" && ContentOk,
        _ => Kind == Turn.Expect && ContentOk,
    };
}
